/** Commands held until their sender proves who they are: the one-use tokens of the confirmation round trip. Owns the table pending_confirmation. */
package org.tresse.core.confirmation;
