package org.tresse.config.internal;

import static org.tresse.config.internal.ConfigTexts.said;
import static org.tresse.config.internal.ConfigTexts.with;

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
        return new Problem(path, line, column, said("config.jackson.valeur.convient", detail));
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
        Said section = where == null || where.isEmpty() ? said("config.jackson.cle.racine") : said("config.jackson.cle.section", where);
        return new Problem(path, line, column, with("config.jackson.cle.inconnue", section, key)
                .then(closest == null ? Said.NOTHING : said("config.jackson.cle.suggestion", closest))
                .then(said("config.jackson.cle.possibles", String.join(", ", known))));
    }

    private static Problem wrongType(MismatchedInputException error, String path, int line, int column,
            boolean echo, LocationIndex index) {
        String field = path.isEmpty() ? "" : last(path);
        Expected expected = field.equals("chat")
                ? new Expected(said("config.jackson.numero.groupe.telegram"))
                : Expected.of(error.getTargetType());
        String message = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            return new Problem(path, line, column, said("config.jackson.fichier.contient.plusieurs"));
        }
        if (path.isEmpty()) {
            return new Problem(path, line, column, said("config.jackson.fichier.doit.etre"));
        }
        if (message.contains("`null`")) {
            if (!index.contains(path)) {
                LocationIndex.Place parent = index.find(path);
                return new Problem(path, parent == null ? line : parent.line(), parent == null ? column : parent.column(),
                        with("config.jackson.champ.obligatoire", expected.both(), field));
            }
            return new Problem(path, line, column, with("config.jackson.valeur.manquante", expected.both(), field));
        }
        Object value = error instanceof InvalidFormatException format ? format.getValue() : null;
        Said shown = echo && value != null ? said("config.jackson.valeur.refusee", value) : said("config.jackson.cette.valeur.refusee");
        return new Problem(path, line, column, shown.then(with("config.jackson.il.faut", expected.both())));
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
