/** Days, hours and lengths of time as people write them for events and dates to choose, in every language Tresse speaks. */
package org.tresse.core.calendar;
