/** Polls of every kind, ballots (secret ones sealed), consultations, tallies, the polls' export and digest section. Owns the tables poll, poll_option, poll_room, ballot, consultation_answer. */
package org.tresse.core.poll;
