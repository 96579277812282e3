/** The engine: one transaction per inbound event (inbound log, cursor, sender, handler, replies), the conversation a handler answers through, refusals. Owns the tables inbound_log, connector_cursor. */
package org.tresse.core.engine;
