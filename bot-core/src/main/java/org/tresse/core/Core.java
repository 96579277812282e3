package org.tresse.core;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.tresse.core.engine.Engine;
import org.tresse.core.engine.MessageHandler;
import org.tresse.core.i18n.I18n;
import org.tresse.core.outbox.Backoff;
import org.tresse.core.outbox.Delivery;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.people.Groups;
import org.tresse.core.people.LinkCodes;
import org.tresse.core.people.People;
import org.tresse.core.schedule.Scheduler;
import org.tresse.core.store.Database;

/**
 * The core services, built once and handed to commands and connectors by plain constructor
 * calls. Owns no thread until {@link #delivery()} and {@link #scheduler()} are started.
 */
public final class Core {
    private final Database database;
    private final Clock clock;
    private final ZoneId zone;
    private final I18n i18n;
    private final People people;
    private final Groups groups;
    private final LinkCodes linkCodes;
    private final Outbox outbox;
    private final Scheduler scheduler;
    private final Delivery delivery;

    /**
     * @param bootstrapAdminChannel the first person seen on this channel while nobody is admin
     *                              becomes admin (the console), or null
     */
    public Core(Database database, Clock clock, ZoneId zone, I18n i18n, String bootstrapAdminChannel, Backoff backoff, Duration schedulerTick) {
        this.database = database;
        this.clock = clock;
        this.zone = zone;
        this.i18n = i18n;
        this.people = new People(clock, bootstrapAdminChannel);
        this.groups = new Groups(clock);
        this.linkCodes = new LinkCodes(clock);
        this.outbox = new Outbox(clock);
        this.scheduler = new Scheduler(database, clock, outbox, schedulerTick);
        this.delivery = new Delivery(database, outbox, clock, backoff);
    }

    public Engine engine(MessageHandler handler) {
        return new Engine(database, people, groups, outbox, i18n, clock, handler);
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    /** The association's time zone: every date shown to a person is in it. */
    public ZoneId zone() {
        return zone;
    }

    public I18n i18n() {
        return i18n;
    }

    public People people() {
        return people;
    }

    public Groups groups() {
        return groups;
    }

    public LinkCodes linkCodes() {
        return linkCodes;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public Delivery delivery() {
        return delivery;
    }
}
