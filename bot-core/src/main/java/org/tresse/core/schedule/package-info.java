/** Timed work as rows (deadlines, reminders, digests), run by kind by what the features contributed. Owns the table scheduled_job. */
package org.tresse.core.schedule;
