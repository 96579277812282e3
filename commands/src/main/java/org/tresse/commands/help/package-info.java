/** The help feature: /aide, and the router's own texts. */
package org.tresse.commands.help;
