/** The polls feature: /sondage, /vote, /resultats, /clore, /sondages, native answers, vote buttons, the close, reminder and tally jobs. */
package org.tresse.commands.poll;
