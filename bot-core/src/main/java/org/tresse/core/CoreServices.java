package org.tresse.core;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.tresse.core.engine.Engine;
import org.tresse.core.engine.InboundLog;
import org.tresse.core.engine.MessageHandler;
import org.tresse.core.feature.Installation;
import org.tresse.core.groups.Groups;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.lease.DatabaseLeases;
import org.tresse.core.lease.LeaseSettings;
import org.tresse.core.lease.Leases;
import org.tresse.core.lease.LocalLeases;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.outbox.Delivery;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.outbox.ReceiptSeal;
import org.tresse.core.people.LinkCodes;
import org.tresse.core.people.People;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.store.Database;

/**
 * The spine's services, built once by an assembly (the app's, a test's, a benchmark's) and taken
 * apart there: domain services and features receive the ones they need as constructor arguments,
 * never this record (ArchUnit says so). Building it starts nothing; the scheduler and the delivery
 * own their threads from {@code start()} to {@code stop()}, and so do the leases (started first,
 * stopped last: on a shared PostgreSQL they say which instance polls each account and sends on each
 * channel).
 *
 * @param installation where the features' contributions go; the texts, the scheduler's job kinds
 *                     and the identity merge read it once the features are installed
 */
public record CoreServices(
        Database database,
        Clock clock,
        ZoneId zone,
        Installation installation,
        I18n i18n,
        InboundLog inboundLog,
        People people,
        Groups groups,
        LinkCodes linkCodes,
        Outbox outbox,
        Scheduler scheduler,
        Delivery delivery,
        Leases leases) {

    /**
     * What the spine is built from, besides the database and the clock.
     *
     * @param leases how this instance shares a PostgreSQL database with others (its name, the lease
     *               time); an embedded database has one instance and ignores it
     * @param receipts what seals the outbox's receipts of anonymous voices; null: a key of this run only
     */
    public record Settings(ZoneId zone, Language language, String bootstrapAdminChannel, Backoff backoff, Duration schedulerTick,
            LeaseSettings leases, ReceiptSeal receipts) {
        public Settings(ZoneId zone, Language language, String bootstrapAdminChannel, Backoff backoff, Duration schedulerTick) {
            this(zone, language, bootstrapAdminChannel, backoff, schedulerTick, null, null);
        }

        public Settings(ZoneId zone, Language language, String bootstrapAdminChannel, Backoff backoff, Duration schedulerTick,
                LeaseSettings leases) {
            this(zone, language, bootstrapAdminChannel, backoff, schedulerTick, leases, null);
        }

        /** These settings for one of several instances sharing a database: its name and lease time, its receipts' seal. */
        public Settings sharing(LeaseSettings sharedLeases, ReceiptSeal sharedReceipts) {
            return new Settings(zone, language, bootstrapAdminChannel, backoff, schedulerTick, sharedLeases, sharedReceipts);
        }
    }

    /** The engine that hands every inbound event to {@code handler}, in one transaction each. */
    public Engine engine(MessageHandler handler) {
        return new Engine(database, inboundLog, people, groups, outbox, i18n, clock, handler, leases);
    }

    public static CoreServices create(Database database, Clock clock, Settings settings) {
        Installation installation = new Installation();
        Outbox outbox = new Outbox(clock, settings.receipts() != null ? settings.receipts() : ReceiptSeal.ofThisRun());
        LeaseSettings sharing = settings.leases() != null ? settings.leases() : LeaseSettings.defaults();
        Leases leases = database.isPostgres() ? new DatabaseLeases(database, clock, sharing) : new LocalLeases(sharing.instance());
        return new CoreServices(database, clock, settings.zone(), installation,
                new I18n(settings.language(), installation::bundles),
                new InboundLog(clock),
                new People(clock, settings.bootstrapAdminChannel(), installation::mergeSteps),
                new Groups(clock),
                new LinkCodes(clock),
                outbox,
                new Scheduler(database, clock, outbox, settings.schedulerTick(), installation::jobs),
                new Delivery(database, outbox, clock, settings.backoff(), leases),
                leases);
    }
}
