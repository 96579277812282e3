package org.tresse.connector.email;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.tresse.connector.email.internal.Addresses;
import org.tresse.core.channel.Suspensions;
import org.tresse.core.store.Database;
import org.tresse.core.store.Handle;
import org.tresse.core.store.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounced mail (table {@code email_bounce}): after {@code hardBounceLimit} hard bounces an
 * address is suspended, and newsletters and announcements are no longer sent to it. Replies to a
 * person who writes are still sent. Coordinators see {@link #suspended()}; {@link #reinstate}
 * lifts a suspension once the address works again.
 */
public final class Bounces implements Suspensions {
    private static final Logger log = LoggerFactory.getLogger(Bounces.class);
    private static final String CHANNEL = "email";
    private static final RowMapper<BounceRecord> RECORD = row -> new BounceRecord(row.getString("address"),
            row.getInt("hard_bounces"), row.getInt("soft_bounces"), row.getBoolean("suspended"),
            row.getString("last_status"), Handle.instant(row, "last_bounce_at"));

    private final Database database;
    private final Clock clock;
    private final int hardBounceLimit;

    public Bounces(Database database, Clock clock, int hardBounceLimit) {
        this.database = database;
        this.clock = clock;
        this.hardBounceLimit = hardBounceLimit;
    }

    /**
     * Records one notification, once per {@code eventId} even if it is read again.
     *
     * @return false if this notification was already recorded
     */
    public boolean record(String eventId, List<Failure> failures) {
        return database.inTransaction(handle -> {
            if (handle.count("select count(*) from email_bounce_log where event_id = ?", eventId) > 0) {
                return false;
            }
            handle.update("insert into email_bounce_log (event_id, received_at) values (?, ?)", eventId, clock.instant());
            failures.forEach(failure -> count(handle, failure));
            return true;
        });
    }

    private void count(Handle handle, Failure failure) {
        String address = Addresses.normalize(failure.address());
        int hard = failure.hard() ? 1 : 0;
        int soft = failure.hard() ? 0 : 1;
        int updated = handle.update("update email_bounce set hard_bounces = hard_bounces + ?, soft_bounces = soft_bounces + ?,"
                + " last_status = ?, last_bounce_at = ? where address = ?", hard, soft, failure.status(), clock.instant(), address);
        if (updated == 0) {
            handle.update("insert into email_bounce (address, hard_bounces, soft_bounces, suspended, last_status, last_bounce_at)"
                    + " values (?, ?, ?, false, ?, ?)", address, hard, soft, failure.status(), clock.instant());
        }
        int suspended = handle.update("update email_bounce set suspended = true, suspended_at = ?"
                + " where address = ? and suspended = false and hard_bounces >= ?", clock.instant(), address, hardBounceLimit);
        if (suspended > 0) {
            log.info("An address is suspended after {} hard bounces", hardBounceLimit);
        }
    }

    public boolean isSuspended(String address) {
        return database.inTransaction(handle -> handle.count(
                "select count(*) from email_bounce where address = ? and suspended", Addresses.normalize(address)) > 0);
    }

    public Optional<BounceRecord> of(String address) {
        return database.inTransaction(handle -> handle.one("select * from email_bounce where address = ?", RECORD,
                Addresses.normalize(address)));
    }

    /** Every suspended address, the most recent first. */
    public List<BounceRecord> suspended() {
        return database.inTransaction(handle -> handle.list(
                "select * from email_bounce where suspended order by last_bounce_at desc", RECORD));
    }

    /** Lifts a suspension and forgets the count; true if the address was known. */
    public boolean reinstate(String address) {
        return database.inTransaction(handle -> handle.update(
                "update email_bounce set suspended = false, suspended_at = null, hard_bounces = 0, soft_bounces = 0"
                        + " where address = ?", Addresses.normalize(address)) > 0);
    }

    /** The suspended addresses, in the caller's transaction: what {@code /suspensions} shows the coordination. */
    @Override
    public List<Suspended> suspended(Handle handle) {
        return handle.list("select * from email_bounce where suspended order by last_bounce_at desc", RECORD).stream()
                .map(record -> new Suspended(CHANNEL, record.address(), record.hardBounces(), record.lastStatus(), record.lastBounceAt()))
                .toList();
    }

    /** Lifts a suspension in the caller's transaction ({@code /suspensions lever ADRESSE}); false if it was not suspended. */
    @Override
    public boolean lift(Handle handle, String address) {
        boolean lifted = handle.update("update email_bounce set suspended = false, suspended_at = null, hard_bounces = 0, soft_bounces = 0"
                + " where address = ? and suspended", Addresses.normalize(address)) > 0;
        if (lifted) {
            log.info("A suspended address was lifted by the coordination");
        }
        return lifted;
    }

    /**
     * One recipient's failure in a delivery status notification.
     *
     * @param address the recipient that failed
     * @param status  its RFC 3464 status, e.g. {@code 5.1.1}
     * @param hard    a permanent failure (status class 5)
     */
    public record Failure(String address, String status, boolean hard) {}
}
