/** The channel SPI: connectors, what they can do, delivery results, rate limits, the inbound sink. */
package org.tresse.core.channel;
