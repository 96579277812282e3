/** The confirmation feature: a command from an unverified sender waits for the one-use token only their address received (/valider, a button, a reply). */
package org.tresse.commands.confirmation;
