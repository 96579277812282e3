/**
 * The channel SPI: connectors, what they can do, delivery results and why a delivery failed
 * ({@link org.tresse.core.channel.DeliveryFailure}, its words in {@code texts.properties} here), rate
 * limits, the inbound sink.
 */
package org.tresse.core.channel;
