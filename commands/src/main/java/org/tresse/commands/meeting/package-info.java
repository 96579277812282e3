/** The meeting in conversation: its agenda, opening it, attendance, the room's show of hands, its minutes. */
package org.tresse.commands.meeting;
