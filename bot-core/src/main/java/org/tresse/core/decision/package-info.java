/** The decision register: decisions, their revisions and cancellations, the register's export and digest section. Owns the tables decision, decision_event. */
package org.tresse.core.decision;
