package org.tresse.config.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Turns what Jackson throws while binding the records into a {@link Problem} a volunteer understands. */
public final class JacksonProblems {
    private JacksonProblems() {}

    /**
     * @param index      where each field is, to place problems found by the records themselves
     * @param echoValues whether the faulty value may be repeated (false when it may come from the environment)
     */
    public static Problem describe(JsonMappingException error, LocationIndex index, EchoPolicy echoValues) {
        if (error instanceof InvalidDefinitionException) {
            throw new IllegalStateException("tresse-config cannot bind its own records", error);
        }
        String path = path(error.getPath());
        InvalidField invalid = invalidField(error);
        if (invalid != null) {
            return fromRecord(error, invalid, path, index);
        }
        int line = line(error);
        int column = column(error);
        if (error instanceof UnrecognizedPropertyException unknown) {
            LocationIndex.Place key = index.find(path);
            return key == null
                    ? unknownKey(unknown, path, line, column)
                    : unknownKey(unknown, path, key.line(), key.column());
        }
        if (error instanceof MismatchedInputException mismatch) {
            boolean echo = echoValues.mayEcho(line);
            return wrongType(mismatch, path, line, column, echo, index);
        }
        String detail = echoValues.mayEcho(line) ? " (" + error.getOriginalMessage() + ")" : "";
        return new Problem(path, line, column,
                "cette valeur ne convient pas ici." + detail,
                "this value does not fit here." + detail);
    }

    /** Whether a value found on a line may be shown back. */
    @FunctionalInterface
    public interface EchoPolicy {
        boolean mayEcho(int line);
    }

    private static Problem fromRecord(JsonMappingException error, InvalidField invalid, String path,
            LocationIndex index) {
        String field = join(path, invalid.field());
        if (error instanceof ValueProblem) {
            return new Problem(field, line(error), column(error), invalid.french(), invalid.english());
        }
        LocationIndex.Place place = index.find(field);
        if (place != null) {
            return new Problem(field, place.line(), place.column(), invalid.french(), invalid.english());
        }
        return new Problem(field, line(error), column(error), invalid.french(), invalid.english());
    }

    private static Problem unknownKey(UnrecognizedPropertyException error, String path, int line, int column) {
        String key = error.getPropertyName();
        List<String> known = known(error.getKnownPropertyIds());
        String closest = closest(key, known);
        String where = path.endsWith(key) ? LocationIndex.parentOf(path) : path;
        String section = where == null || where.isEmpty() ? "à la racine du fichier" : "dans « " + where + " »";
        String sectionEn = where == null || where.isEmpty() ? "at the top of the file" : "in \"" + where + "\"";
        return new Problem(path, line, column,
                "la clé « " + key + " » n'est pas prévue " + section + "."
                        + (closest == null ? "" : " Vouliez-vous dire « " + closest + " » ?")
                        + " Clés possibles ici : " + String.join(", ", known) + ".",
                "key \"" + key + "\" is not expected " + sectionEn + "."
                        + (closest == null ? "" : " Did you mean \"" + closest + "\"?")
                        + " Keys allowed here: " + String.join(", ", known) + ".");
    }

    private static Problem wrongType(MismatchedInputException error, String path, int line, int column,
            boolean echo, LocationIndex index) {
        String field = path.isEmpty() ? "" : last(path);
        Expected expected = field.equals("chat")
                ? new Expected("le numéro du groupe Telegram, par exemple chat: -1001234567890 (Tresse l'écrit dans son "
                        + "journal dès qu'on lui écrit dans le groupe ; voir connectors/telegram/README.md)",
                        "the Telegram group's number, for example chat: -1001234567890 (Tresse writes it in its log as soon "
                                + "as someone writes to it in the group; see connectors/telegram/README.md)")
                : Expected.of(error.getTargetType());
        String message = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            return new Problem(path, line, column,
                    "le fichier contient plusieurs documents YAML séparés par « --- » ; Tresse n'en lit qu'un. "
                            + "Supprimez cette ligne « --- » et fusionnez les sections.",
                    "the file holds several YAML documents separated by \"---\"; Tresse reads only one. "
                            + "Remove this \"---\" line and merge the sections.");
        }
        if (path.isEmpty()) {
            return new Problem(path, line, column,
                    "le fichier doit être une suite de sections « clé: valeur », comme l'exemple écrit par ./tresse init.",
                    "the file must be a series of \"key: value\" sections, like the example written by ./tresse init.");
        }
        if (message.contains("`null`")) {
            if (!index.contains(path)) {
                LocationIndex.Place parent = index.find(path);
                return new Problem(path, parent == null ? line : parent.line(), parent == null ? column : parent.column(),
                        "le champ « " + field + " » est obligatoire ici. Il faut " + expected.french() + ".",
                        "field \"" + field + "\" is required here. It must be " + expected.english() + ".");
            }
            return new Problem(path, line, column,
                    "il manque la valeur après « " + field + ": ». Il faut " + expected.french() + ".",
                    "the value after \"" + field + ":\" is missing. It must be " + expected.english() + ".");
        }
        Object value = error instanceof InvalidFormatException format ? format.getValue() : null;
        String shown = echo && value != null ? "« " + value + " » ne convient pas" : "cette valeur ne convient pas";
        String shownEn = echo && value != null ? "\"" + value + "\" does not fit" : "this value does not fit";
        return new Problem(path, line, column,
                shown + " : il faut ici " + expected.french() + ".",
                shownEn + ": it must be " + expected.english() + ".");
    }

    private static InvalidField invalidField(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidField invalid) {
                return invalid;
            }
        }
        return null;
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String parent, String child) {
        if (child.isEmpty()) {
            return parent;
        }
        if (parent.isEmpty()) {
            return child;
        }
        return child.startsWith("[") ? parent + child : parent + "." + child;
    }

    private static String last(String path) {
        String trimmed = path.replaceAll("(\\[\\d+])+$", "");
        int dot = trimmed.lastIndexOf('.');
        return dot < 0 ? trimmed : trimmed.substring(dot + 1);
    }

    private static int line(JsonMappingException error) {
        JsonLocation location = error.getLocation();
        return location == null || location.getLineNr() < 1 ? 0 : location.getLineNr();
    }

    private static int column(JsonMappingException error) {
        JsonLocation location = error.getLocation();
        return location == null || location.getColumnNr() < 1 ? 0 : location.getColumnNr();
    }

    private static List<String> known(Collection<Object> ids) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(Objects::toString).sorted().toList();
    }

    /** The known key at most two edits away from the one written, if any. */
    private static String closest(String key, List<String> known) {
        return known.stream()
                .filter(candidate -> distance(key.toLowerCase(), candidate) <= 2)
                .min(Comparator.comparingInt(candidate -> distance(key.toLowerCase(), candidate)))
                .orElse(null);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
