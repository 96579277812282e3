/**
 * Events and the shared village agenda: dates and how they repeat, answers with a waiting list,
 * reminders, the agenda of a date, partners' submissions, iCalendar feeds. Owns the tables event,
 * event_exception, event_rsvp, event_plan, event_feed_token and agenda_item.
 */
package org.tresse.core.event;
