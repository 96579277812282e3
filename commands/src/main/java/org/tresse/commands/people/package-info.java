/** The people feature: /moi, /lier, /langue, /role. */
package org.tresse.commands.people;
