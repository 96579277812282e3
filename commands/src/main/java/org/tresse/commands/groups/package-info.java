/** The groups feature: /groupes, /rejoindre, /quitter. */
package org.tresse.commands.groups;
