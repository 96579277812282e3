/** Announcements, their audiences, subscriptions and the digest's sections. Owns the tables announcement, subscription. */
package org.tresse.core.announcement;
