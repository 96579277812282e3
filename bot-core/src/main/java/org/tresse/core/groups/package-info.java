/** The association's groups, who belongs to them, and the channels' rooms attached to them. Owns the tables tresse_group, group_member, room. */
package org.tresse.core.groups;
