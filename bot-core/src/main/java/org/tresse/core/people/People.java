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
import java.util.concurrent.CopyOnWriteArrayList;
import org.tresse.core.i18n.Language;
import org.tresse.core.message.Identity;
import org.tresse.core.store.Handle;
import org.tresse.core.store.RowMapper;

/** Persons, their identities on each channel, and their roles. */
public final class People {
    private static final RowMapper<Person> PERSON = row -> new Person(
            row.getLong("id"),
            row.getString("display_name"),
            Language.parse(row.getString("language")).orElse(null),
            Handle.instant(row, "created_at"));

    private final Clock clock;
    private final List<MergeStep> mergeSteps = new CopyOnWriteArrayList<>();
    private final String bootstrapAdminChannel;

    /**
     * @param bootstrapAdminChannel the first person ever seen on this channel, while nobody is
     *                              admin, becomes admin (the console: whoever installs Tresse);
     *                              null for none
     */
    public People(Clock clock, String bootstrapAdminChannel) {
        this.clock = clock;
        this.bootstrapAdminChannel = bootstrapAdminChannel;
    }

    /** A feature's rows to move when two persons are merged; see {@link MergeStep}. */
    public void addMergeStep(MergeStep step) {
        mergeSteps.add(step);
    }

    /** The person behind {@code identity}; a first contact becomes a new resident. */
    public Person resolve(Handle handle, Identity identity, String displayName) {
        Optional<Person> known = findByIdentity(handle, identity);
        if (known.isPresent()) {
            return known.get();
        }
        String name = displayName == null || displayName.isBlank() ? identity.id() : displayName.strip();
        long id = handle.insert("insert into person (display_name, language, created_at) values (?, ?, ?)",
                truncate(name, 200), null, clock.instant());
        handle.update("insert into identity (channel, external_id, person_id, created_at) values (?, ?, ?, ?)",
                identity.channel(), identity.id(), id, clock.instant());
        grant(handle, id, Role.RESIDENT, Optional.empty());
        if (identity.channel().equals(bootstrapAdminChannel) && !anyAdmin(handle)) {
            grant(handle, id, Role.ADMIN, Optional.empty());
        }
        return find(handle, id).orElseThrow();
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
        String scope = group.orElse(Grant.EVERYWHERE);
        if (handle.count("select count(*) from person_role where person_id = ? and role = ? and group_slug = ?",
                personId, role, scope) > 0) {
            return false;
        }
        handle.update("insert into person_role (person_id, role, group_slug) values (?, ?, ?)", personId, role, scope);
        return true;
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
        String placeholders = String.join(",", roles.stream().map(any -> "?").toList());
        List<Object> arguments = new ArrayList<>(roles);
        String sql = "select distinct person_id from person_role where role in (" + placeholders + ") and (group_slug = '*'";
        if (group.isPresent()) {
            sql += " or group_slug = ?";
            arguments.add(group.get());
        }
        sql += ") order by person_id";
        return handle.list(sql, row -> row.getLong(1), arguments.toArray());
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
     * Makes {@code from} and {@code into} one person, {@code into}: every identity, role,
     * membership and, through the registered merge steps, every past action moves over.
     */
    public void merge(Handle handle, long from, long into) {
        if (from == into) {
            return;
        }
        for (MergeStep step : mergeSteps) {
            step.merge(handle, from, into);
        }
        handle.update("update identity set person_id = ? where person_id = ?", into, from);
        for (Grant grant : grants(handle, from)) {
            grant(handle, into, grant.role(), grant.group());
        }
        handle.update("delete from person_role where person_id = ?", from);
        handle.update("insert into group_member (person_id, group_slug, joined_at) "
                + "select ?, group_slug, joined_at from group_member m where person_id = ? and not exists "
                + "(select 1 from group_member o where o.person_id = ? and o.group_slug = m.group_slug)", into, from, into);
        handle.update("delete from group_member where person_id = ?", from);
        handle.update("update person set language = coalesce(language, (select language from person where id = ?)) where id = ?",
                from, into);
        handle.update("delete from link_code where person_id = ?", from);
        handle.update("update inbound_log set person_id = ? where person_id = ?", into, from);
        handle.update("delete from person where id = ?", from);
    }

    private boolean anyAdmin(Handle handle) {
        return handle.count("select count(*) from person_role where role = ?", Role.ADMIN) > 0;
    }

    static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

}
