/**
 * Leases: one instance at a time does what only one may do (poll a bot account, send on a channel),
 * when several Tresse instances share one PostgreSQL. A lease is a row with an owner and an expiry,
 * renewed; when it lapses another instance takes it over. On an embedded database there is one
 * instance and every lease is held. Owns the table lease.
 */
package org.tresse.core.lease;
