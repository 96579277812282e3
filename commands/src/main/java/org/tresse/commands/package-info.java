/** The command router: parsing, options, roles, refusals, and the extension points features contribute to (commands, buttons, poll answers, free text). Knows no feature. */
package org.tresse.commands;
