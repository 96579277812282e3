/** Events and the village agenda in conversation: creating, answering, changing, cancelling, partners' submissions, reminders. */
package org.tresse.commands.event;
