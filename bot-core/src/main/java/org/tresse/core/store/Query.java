package org.tresse.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A statement with named parameters, {@code :name}, and lists, {@code in (:ids)}:
 * {@code handle.query("select id from voice where id in (:ids)").bindList("ids", ids).list(mapper)}.
 * An empty list matches nothing. Made by {@link Handle#query}; runs in the handle's transaction.
 */
public final class Query {
    private final Handle handle;
    private final String sql;
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, List<?>> lists = new HashMap<>();

    Query(Handle handle, String sql) {
        this.handle = handle;
        this.sql = sql;
    }

    public Query bind(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public Query bindList(String name, Collection<?> list) {
        lists.put(name, List.copyOf(list));
        return this;
    }

    public int update() {
        Expanded expanded = expand();
        return handle.update(expanded.sql(), expanded.arguments());
    }

    public <T> List<T> list(RowMapper<T> mapper) {
        Expanded expanded = expand();
        return handle.list(expanded.sql(), mapper, expanded.arguments());
    }

    public <T> Optional<T> one(RowMapper<T> mapper) {
        Expanded expanded = expand();
        return handle.one(expanded.sql(), mapper, expanded.arguments());
    }

    public long count() {
        Expanded expanded = expand();
        return handle.count(expanded.sql(), expanded.arguments());
    }

    private record Expanded(String sql, Object[] arguments) {}

    /** Replaces each {@code :name} outside quotes by {@code ?} (or {@code ?, ?…} for a list), in order. */
    private Expanded expand() {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        List<Object> arguments = new ArrayList<>();
        boolean quoted = false;
        int index = 0;
        while (index < sql.length()) {
            char current = sql.charAt(index);
            if (current == '\'') {
                quoted = !quoted;
            }
            boolean starts = !quoted && current == ':' && index + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(index + 1))
                    && (index == 0 || sql.charAt(index - 1) != ':');
            if (!starts) {
                out.append(current);
                index++;
                continue;
            }
            int end = index + 1;
            while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                end++;
            }
            String name = sql.substring(index + 1, end);
            if (lists.containsKey(name)) {
                List<?> list = lists.get(name);
                if (list.isEmpty()) {
                    out.append("null");
                } else {
                    out.append(String.join(", ", java.util.Collections.nCopies(list.size(), "?")));
                    arguments.addAll(list);
                }
            } else if (values.containsKey(name)) {
                out.append('?');
                arguments.add(values.get(name));
            } else {
                throw new IllegalArgumentException("no value bound for :" + name + " in " + sql);
            }
            index = end;
        }
        return new Expanded(out.toString(), arguments.toArray());
    }
}
