/**
 * The meeting where the association governs itself: attendance, the room's show of
 * hands added to the online votes, its minutes with the decisions. Owns the tables meeting, meeting_attendee, meeting_note and meeting_decision.
 */
package org.tresse.core.meeting;
