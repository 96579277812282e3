package org.tresse.connector.email;

import java.time.Instant;

/**
 * What the delivery failures of one address amount to.
 *
 * @param address      lower-cased
 * @param hardBounces  permanent failures (status 5.x.x) reported so far
 * @param softBounces  temporary failures (status 4.x.x) reported so far
 * @param suspended    no newsletter or announcement is sent to it any more
 * @param lastStatus   the last RFC 3464 status, e.g. {@code 5.1.1}
 * @param lastBounceAt when the last notification arrived
 */
public record BounceRecord(String address, int hardBounces, int softBounces, boolean suspended, String lastStatus,
        Instant lastBounceAt) {}
