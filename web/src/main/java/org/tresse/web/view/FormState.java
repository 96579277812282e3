package org.tresse.web.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form as typed, and what was wrong with each field, to show it again with a message beside
 * the field and nothing lost. Messages are already in the visitor's language.
 */
public final class FormState {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public static FormState empty() {
        return new FormState();
    }

    public FormState value(String field, String value) {
        values.put(field, value);
        return this;
    }

    public FormState error(String field, String message) {
        errors.put(field, message);
        return this;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String errorOf(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** {@code "true"} for a field in error, null otherwise (jte then leaves the attribute out). */
    public String invalid(String field) {
        return hasError(field) ? "true" : null;
    }

    /** The ids describing a field: its hint, and its error when it has one. */
    public String describedBy(String field, String hintId) {
        String error = hasError(field) ? field + "-erreur" : null;
        if (hintId == null) {
            return error;
        }
        return error == null ? hintId : hintId + " " + error;
    }

    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }
}
