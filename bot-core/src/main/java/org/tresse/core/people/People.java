package org.tresse.core.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Identity;
import org.tresse.core.store.Columns;
import org.tresse.core.store.Handle;
import org.tresse.core.store.RowMapper;
import org.tresse.core.text.Invisible;
import org.tresse.core.text.Truncation;

/** Persons, their identities on each channel, and their roles. */
public final class People {
    private static final RowMapper<Person> PERSON = row -> new Person(
            row.getLong("id"),
            row.getString("display_name"),
            Language.parse(row.getString("language")).orElse(null),
            Handle.instant(row, "created_at"));

    private final Clock clock;
    private final String bootstrapAdminChannel;
    private final Supplier<List<MergeStep>> mergeSteps;

    /**
     * @param bootstrapAdminChannel the first person ever seen on this channel, while nobody is
     *                              admin, becomes admin (the console: whoever installs Tresse);
     *                              null for none
     * @param mergeSteps            the features' rows to move when two persons become one, read
     *                              when a merge happens (the features' contributions)
     */
    public People(Clock clock, String bootstrapAdminChannel, Supplier<List<MergeStep>> mergeSteps) {
        this.clock = clock;
        this.bootstrapAdminChannel = bootstrapAdminChannel;
        this.mergeSteps = mergeSteps;
    }

    /** The person behind {@code identity}; a first contact becomes a new resident, named {@code displayName}. */
    public Person resolve(Handle handle, Identity identity, String displayName) {
        return resolve(handle, identity, displayName, false);
    }

    /**
     * The person behind {@code identity}, as {@link #resolve(Handle, Identity, String)}; when the
     * channel vouches for the sender ({@code vouched}), a person known only by this identity's id
     * (declared in tresse.yml before ever writing) takes the name the channel gives. A forged
     * sender never renames anyone.
     */
    public Person resolve(Handle handle, Identity identity, String displayName, boolean vouched) {
        Optional<Person> known = findByIdentity(handle, identity);
        if (known.isPresent()) {
            return vouched ? named(handle, known.get(), identity, displayName) : known.get();
        }
        String cleaned = displayName == null ? "" : Invisible.cleanName(displayName).strip();
        String name = cleaned.isEmpty() ? identity.id() : cleaned;
        long id = PersonNumbers.next(handle);
        handle.update("insert into person (id, display_name, language, created_at) values (?, ?, ?, ?)",
                id, Truncation.clip(name, 200), null, clock.instant());
        handle.update("insert into identity (channel, external_id, person_id, created_at) values (?, ?, ?, ?)",
                identity.channel(), identity.id(), id, clock.instant());
        grant(handle, id, Role.RESIDENT, Optional.empty());
        if (identity.channel().equals(bootstrapAdminChannel) && !anyAdmin(handle)) {
            grant(handle, id, Role.ADMIN, Optional.empty());
        }
        return find(handle, id).orElseThrow();
    }

    private Person named(Handle handle, Person person, Identity identity, String displayName) {
        String name = displayName == null ? "" : Truncation.clip(Invisible.cleanName(displayName).strip(), 200);
        if (name.isEmpty() || name.equals(identity.id()) || !person.displayName().equals(identity.id())) {
            return person;
        }
        handle.update("update person set display_name = ? where id = ?", name, person.id());
        return new Person(person.id(), name, person.language(), person.createdAt());
    }

    public Optional<Person> find(Handle handle, long personId) {
        return handle.one("select * from person where id = ?", PERSON, personId);
    }

    public Optional<Person> findByIdentity(Handle handle, Identity identity) {
        return handle.one("select p.* from person p join identity i on i.person_id = p.id "
                + "where i.channel = ? and i.external_id = ?", PERSON, identity.channel(), identity.id());
    }

    public List<Identity> identities(Handle handle, long personId) {
        return handle.list("select channel, external_id from identity where person_id = ? order by channel, external_id",
                row -> new Identity(row.getString(1), row.getString(2)), personId);
    }

    public List<Grant> grants(Handle handle, long personId) {
        return handle.list("select role, group_slug from person_role where person_id = ? order by role, group_slug",
                row -> Grant.of(row.getString(1), row.getString(2)), personId);
    }

    /** Whether the person holds {@code role} (or a higher one) everywhere, or in {@code group}. */
    public boolean hasRole(Handle handle, long personId, Role role, Optional<String> group) {
        for (Grant grant : grants(handle, personId)) {
            boolean applies = grant.group().isEmpty() || grant.group().equals(group);
            if (applies && grant.role().includes(role)) {
                return true;
            }
        }
        return false;
    }

    /** The highest role the person holds everywhere. */
    public Role highestRole(Handle handle, long personId) {
        Role highest = Role.RESIDENT;
        for (Grant grant : grants(handle, personId)) {
            if (grant.group().isEmpty() && grant.role().includes(highest)) {
                highest = grant.role();
            }
        }
        return highest;
    }

    /** Grants a role; false if it was already held. */
    public boolean grant(Handle handle, long personId, Role role, Optional<String> group) {
        return handle.insertIfAbsent("person_role",
                Columns.of("person_id", personId).and("role", role.name()).and("group_slug", group.orElse(Grant.EVERYWHERE)), Columns.none());
    }

    /** Revokes a role; false if it was not held. */
    public boolean revoke(Handle handle, long personId, Role role, Optional<String> group) {
        return handle.update("delete from person_role where person_id = ? and role = ? and group_slug = ?",
                personId, role, group.orElse(Grant.EVERYWHERE)) > 0;
    }

    /** Persons holding {@code role} or higher, everywhere or in {@code group}. */
    public List<Long> withRole(Handle handle, Role role, Optional<String> group) {
        List<String> roles = new ArrayList<>();
        for (Role candidate : Role.values()) {
            if (candidate.includes(role)) {
                roles.add(candidate.name());
            }
        }
        return handle.query("select distinct person_id from person_role where role in (:roles) and group_slug in (:scopes) "
                        + "order by person_id")
                .bindList("roles", roles)
                .bindList("scopes", group.map(slug -> List.of(Grant.EVERYWHERE, slug)).orElse(List.of(Grant.EVERYWHERE)))
                .list(row -> row.getLong(1));
    }

    /**
     * Who wrote to Tresse in [since, until), per channel: the persons behind the events received
     * then (an anonymous voice's event keeps no person and is not counted).
     */
    public Map<String, Set<Long>> writersBetween(Handle handle, Instant since, Instant until) {
        Map<String, Set<Long>> writers = new TreeMap<>();
        handle.list("select distinct channel, person_id from inbound_log where person_id is not null and received_at >= ? and received_at < ?",
                row -> writers.computeIfAbsent(row.getString(1), any -> new HashSet<>()).add(row.getLong(2)), since, until);
        return writers;
    }

    /** Every identity on {@code channel}, by its id there: who is behind an address. */
    public Map<String, Long> owners(Handle handle, String channel) {
        Map<String, Long> owners = new HashMap<>();
        handle.list("select external_id, person_id from identity where channel = ?",
                row -> owners.put(row.getString(1), row.getLong(2)), channel);
        return owners;
    }

    public void setLanguage(Handle handle, long personId, Language language) {
        handle.update("update person set language = ? where id = ?", language.code(), personId);
    }

    /**
     * Makes {@code from} and {@code into} one person, {@code into}: through the features' merge
     * steps every past action and membership moves over, then every identity and role.
     */
    public void merge(Handle handle, long from, long into) {
        if (from == into) {
            return;
        }
        for (MergeStep step : mergeSteps.get()) {
            step.merge(handle, from, into);
        }
        handle.update("update identity set person_id = ? where person_id = ?", into, from);
        for (Grant grant : grants(handle, from)) {
            grant(handle, into, grant.role(), grant.group());
        }
        handle.update("update person set language = coalesce(language, (select language from person where id = ?)) where id = ?",
                from, into);
        erase(handle, from);
    }

    /**
     * Forgets a person who has no role but resident: their identities, codes and row (an
     * anonymous voice's author first seen in that very message, whose creation time would date
     * it). Callers check first that nothing else of theirs remains.
     */
    public boolean forgetResident(Handle handle, long personId) {
        if (handle.count("select count(*) from person_role where person_id = ? and role <> ?", personId, Role.RESIDENT) > 0) {
            return false;
        }
        handle.update("delete from identity where person_id = ?", personId);
        erase(handle, personId);
        return true;
    }

    private void erase(Handle handle, long personId) {
        handle.update("delete from link_code where person_id = ?", personId);
        handle.update("delete from person_role where person_id = ?", personId);
        handle.update("delete from person where id = ?", personId);
    }

    private boolean anyAdmin(Handle handle) {
        return handle.count("select count(*) from person_role where role = ?", Role.ADMIN) > 0;
    }

}
