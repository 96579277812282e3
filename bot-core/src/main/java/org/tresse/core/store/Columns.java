package org.tresse.core.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Column names with their values, in order: {@code Columns.of("slug", "cafe").and("name", "Café")}. */
public final class Columns {
    private final List<String> names;
    private final List<Object> values;

    private Columns(List<String> names, List<Object> values) {
        this.names = names;
        this.values = values;
    }

    /** No column: for {@link Handle#insertIfAbsent} when the key is the whole row. */
    public static Columns none() {
        return new Columns(List.of(), List.of());
    }

    public static Columns of(String name, Object value) {
        return new Columns(List.of(name), Collections.singletonList(value));
    }

    public Columns and(String name, Object value) {
        List<String> moreNames = new ArrayList<>(names);
        moreNames.add(name);
        List<Object> moreValues = new ArrayList<>(values);
        moreValues.add(value);
        return new Columns(List.copyOf(moreNames), Collections.unmodifiableList(moreValues));
    }

    List<String> names() {
        return names;
    }

    List<Object> values() {
        return values;
    }

    int size() {
        return names.size();
    }
}
