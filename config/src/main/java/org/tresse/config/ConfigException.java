package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.in;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.config.internal.Said;

/**
 * A problem in the configuration, said for the volunteer who edits it: which file, which line and
 * column (when known), which field, what is wrong and how to write it. {@link #getMessage()} is
 * in French, {@link #englishMessage()} in English. Never contains a secret value.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String fieldPath;
    private final String frenchProblem;
    private final String englishProblem;

    /**
     * @param line      1-based, 0 when unknown
     * @param column    1-based, 0 when unknown
     * @param fieldPath e.g. {@code channels.telegram.rooms[0].group}; null or empty when none
     */
    public ConfigException(String source, int line, int column, String fieldPath, String frenchProblem,
            String englishProblem) {
        super(format(source, line, column, fieldPath, frenchProblem, true));
        this.source = source;
        this.line = line;
        this.column = line > 0 ? column : 0;
        this.fieldPath = fieldPath == null || fieldPath.isEmpty() ? null : fieldPath;
        this.frenchProblem = frenchProblem;
        this.englishProblem = englishProblem;
    }

    /** The same with what is wrong said from the configuration's bundle. */
    public ConfigException(String source, int line, int column, String fieldPath, Said problem) {
        this(source, line, column, fieldPath, problem.french(), problem.english());
    }

    /** The file name, or whatever name the text was loaded under. */
    public String source() {
        return source;
    }

    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** The path of the faulty field, e.g. {@code channels.telegram.rooms[0].group}. */
    public Optional<String> fieldPath() {
        return Optional.ofNullable(fieldPath);
    }

    /** What is wrong and how to fix it, in French, without the place. */
    public String frenchProblem() {
        return frenchProblem;
    }

    /** What is wrong and how to fix it, in English, without the place. */
    public String englishProblem() {
        return englishProblem;
    }

    /** The whole message in English: place, field, problem. */
    public String englishMessage() {
        return format(source, line, column, fieldPath, englishProblem, false);
    }

    private static String format(String source, int line, int column, String field, String problem,
            boolean french) {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(in(french, "config.lieu.ligne", line));
            if (column > 0) {
                text.append(in(french, "config.lieu.colonne", column));
            }
        }
        if (field != null && !field.isEmpty()) {
            text.append(in(french, "config.lieu.champ", counted(field, french)));
        }
        return text.append(in(french, "config.lieu.probleme", counted(problem, french))).toString();
    }

    /** A list position in a path, {@code [1]}, and the dot to the field after it, if any. */
    private static final Pattern POSITION = Pattern.compile("(?<=[\\w-])\\[(\\d{1,6})](\\.(?=[\\w-]))?");

    /** List positions as people count them: {@code groups[1].id} is shown {@code groups n°2 › id}, the second group. */
    static String counted(String text, boolean french) {
        Matcher position = POSITION.matcher(text);
        return position.replaceAll(found -> Matcher.quoteReplacement(in(french, "config.lieu.position", Integer.parseInt(found.group(1)) + 1)
                + (found.group(2) == null ? "" : " › ")));
    }
}
