/** Every message sent is first an outbox row; the delivery workers send the rows within each channel's limits. Owns the table outbox. */
package org.tresse.core.outbox;
