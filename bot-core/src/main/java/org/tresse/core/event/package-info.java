/**
 * Events and the shared village agenda: dates and how they repeat, answers with a waiting list,
 * reminders, partners' submissions, iCalendar feeds. Owns the tables event, event_exception,
 * event_rsvp, event_plan and event_feed_token.
 */
package org.tresse.core.event;
