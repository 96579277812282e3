/** The lease rows and the state of one lease as this instance sees it. */
package org.tresse.core.lease.internal;
