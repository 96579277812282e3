/** Channel-neutral messages: inbound events, outbound content (with its kind and language), destinations, identities. */
package org.tresse.core.message;
