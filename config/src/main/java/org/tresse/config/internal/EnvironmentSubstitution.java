package org.tresse.config.internal;

import static org.tresse.config.internal.ConfigTexts.said;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} in the raw YAML text, outside comments, so
 * that line numbers stay those of the file. <code>$${</code> writes a literal <code>${</code>.
 *
 * <p>A value replacing a whole unquoted scalar is written as a double-quoted YAML string, so that
 * a password such as {@code a#b: c} or {@code null} is taken as it is. Inside quotes the value is
 * escaped. Replacements never add lines.
 */
public final class EnvironmentSubstitution {
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}\\r\\n]*))?}");

    private EnvironmentSubstitution() {}

    /** A variable the file needs and the environment lacks, at a 1-based line and column. */
    public record Missing(String name, int line, int column) {}

    /** One replacement on a line: 0-based start, length in the file, length after replacement. */
    record Shift(int start, int originalLength, int newLength) {}

    /** The substituted text, and what the loader needs to speak about the original one. */
    public record Result(String text, List<Missing> missing, List<List<Shift>> shifts, List<String> usedValues) {
        /** The 1-based column in the file of a 1-based column of the substituted text. */
        public int originalColumn(int line, int column) {
            if (line < 1 || line > shifts.size() || column < 1) {
                return column;
            }
            int delta = 0;
            for (Shift shift : shifts.get(line - 1)) {
                int newStart = shift.start() + delta;
                if (column - 1 < newStart) {
                    break;
                }
                if (column - 1 < newStart + shift.newLength()) {
                    return shift.start() + 1;
                }
                delta += shift.newLength() - shift.originalLength();
            }
            return column - delta;
        }

        /** The text with every value taken from the environment replaced by {@code ***}. */
        public String redact(String message) {
            String redacted = message;
            for (String value : usedValues) {
                if (value.length() >= 4) {
                    redacted = redacted.replace(value, "***");
                }
            }
            return redacted;
        }

        /** Whether this line of the file takes a value from the environment (then never echo it). */
        public boolean usesEnvironment(int line) {
            return line >= 1 && line <= shifts.size() && !shifts.get(line - 1).isEmpty();
        }
    }

    public static Result apply(String text, Function<String, String> environment) {
        List<Missing> missing = new ArrayList<>();
        List<String> used = new ArrayList<>();
        List<List<Shift>> shifts = new ArrayList<>();
        List<String> lines = List.of(text.split("\n", -1));
        StringBuilder out = new StringBuilder(text.length());
        for (int index = 0; index < lines.size(); index++) {
            if (index > 0) {
                out.append('\n');
            }
            List<Shift> lineShifts = new ArrayList<>();
            out.append(line(lines.get(index), index + 1, environment, missing, used, lineShifts));
            shifts.add(List.copyOf(lineShifts));
        }
        return new Result(out.toString(), List.copyOf(missing), List.copyOf(shifts), List.copyOf(used));
    }

    private static String line(String line, int lineNumber, Function<String, String> environment,
            List<Missing> missing, List<String> used, List<Shift> shifts) {
        StringBuilder out = new StringBuilder(line.length());
        char quote = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (line.startsWith("$${", i)) {
                shifts.add(new Shift(i, 3, 2));
                out.append("${");
                i += 3;
                continue;
            }
            if (quote == '"') {
                if (c == '\\' && i + 1 < line.length()) {
                    out.append(c).append(line.charAt(i + 1));
                    i += 2;
                    continue;
                }
                quote = c == '"' ? 0 : quote;
            } else if (quote == '\'') {
                quote = c == '\'' ? 0 : quote;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return out.append(line, i, line.length()).toString();
            } else if ((c == '"' || c == '\'') && startsScalar(line, i)) {
                quote = c;
            }
            if (c == '$' && line.startsWith("${", i)) {
                Matcher matcher = PLACEHOLDER.matcher(line).region(i, line.length());
                if (!matcher.lookingAt()) {
                    throw new InvalidField("", said("config.variables.doit.etre.suivi")).at(lineNumber, i + 1);
                }
                String value = environment.apply(matcher.group(1));
                if (value != null && !value.isEmpty()) {
                    used.add(value);
                } else if (matcher.group(2) != null) {
                    value = matcher.group(2);
                }
                if (value == null) {
                    missing.add(new Missing(matcher.group(1), lineNumber, i + 1));
                    value = "";
                }
                String written = write(value, quote, quote == 0 && wholeScalar(line, i, matcher.end()), lineNumber,
                        i + 1, matcher.group(1));
                shifts.add(new Shift(i, matcher.end() - i, written.length()));
                out.append(written);
                i = matcher.end();
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String write(String value, char quote, boolean wholeScalar, int line, int column, String name) {
        if (quote == '"' || wholeScalar) {
            StringBuilder escaped = new StringBuilder(value.length() + 2);
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> escaped.append("\\\"");
                    case '\\' -> escaped.append("\\\\");
                    case '\n' -> escaped.append("\\n");
                    case '\r' -> escaped.append("\\r");
                    case '\t' -> escaped.append("\\t");
                    default -> escaped.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
                }
            }
            return quote == '"' ? escaped.toString() : "\"" + escaped + "\"";
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new InvalidField("", said("config.variables.variable.environnement.contient", name)).at(line, column);
        }
        return quote == '\'' ? value.replace("'", "''") : value;
    }

    /** Whether a quote at {@code index} opens a quoted scalar rather than sitting inside a plain one. */
    private static boolean startsScalar(String line, int index) {
        int before = previousNonSpace(line, index);
        return before < 0 || ":-[{,?".indexOf(line.charAt(before)) >= 0;
    }

    /** Whether the placeholder between start and end is a whole unquoted value, like {@code token: ${X}}. */
    private static boolean wholeScalar(String line, int start, int end) {
        int before = previousNonSpace(line, start);
        if (before >= 0 && ":-[{,?".indexOf(line.charAt(before)) < 0) {
            return false;
        }
        int after = end;
        while (after < line.length() && Character.isWhitespace(line.charAt(after))) {
            after++;
        }
        return after == line.length() || ",]}".indexOf(line.charAt(after)) >= 0
                || line.charAt(after) == '#' && after > end;
    }

    private static int previousNonSpace(String line, int index) {
        int before = index - 1;
        while (before >= 0 && Character.isWhitespace(line.charAt(before))) {
            before--;
        }
        return before;
    }
}
