package org.tresse.config;

import java.util.Optional;
import java.util.OptionalInt;

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
            text.append(french ? ", ligne " : ", line ").append(line);
            if (column > 0) {
                text.append(french ? ", colonne " : ", column ").append(column);
            }
        }
        if (field != null && !field.isEmpty()) {
            text.append(french ? ", champ " : ", field ").append(counted(field, french));
        }
        return text.append(french ? " : " : ": ").append(counted(problem, french)).toString();
    }

    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("(?<=[\\w-])\\[(\\d{1,6})]");

    /** List positions as people count them: {@code groups[1].id} is shown {@code groups n°2 › id}, the second group. */
    static String counted(String text, boolean french) {
        java.util.regex.Matcher position = POSITION.matcher(text);
        StringBuilder shown = new StringBuilder();
        while (position.find()) {
            int number = Integer.parseInt(position.group(1)) + 1;
            position.appendReplacement(shown, (french ? " n°" : " no. ") + number);
        }
        position.appendTail(shown);
        return shown.toString().replaceAll("(n°\\d+|no\\. \\d+)\\.(?=[\\w-])", "$1 › ");
    }
}
