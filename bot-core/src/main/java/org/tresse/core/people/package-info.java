/** Persons, their identities on each channel, their roles and the one-time codes that link identities. Owns the tables person, identity, person_role, link_code. */
package org.tresse.core.people;
