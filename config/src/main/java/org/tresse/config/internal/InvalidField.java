package org.tresse.config.internal;

/**
 * A value that breaks a rule of the configuration, said in French and in English.
 *
 * <p>{@code field} is the path of the faulty value relative to the object that threw (for example
 * {@code id}, {@code rooms[0].group}), or empty when the value itself is at fault. The loader
 * joins it to the path of the object to name the field in the file.
 */
public final class InvalidField extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String french;
    private final String english;
    private final int line;
    private final int column;

    public InvalidField(String field, String french, String english) {
        this(field, french, english, 0, 0);
    }

    public InvalidField(String field, Said said) {
        this(field, said.french(), said.english(), 0, 0);
    }

    private InvalidField(String field, String french, String english, int line, int column) {
        super(english);
        this.field = field == null ? "" : field;
        this.french = french;
        this.english = english;
        this.line = line;
        this.column = column;
    }

    /** The same problem at a known place of the file (1-based). */
    public InvalidField at(int line, int column) {
        return new InvalidField(field, french, english, line, column);
    }

    public String field() {
        return field;
    }

    public String french() {
        return french;
    }

    public String english() {
        return english;
    }

    /** 1-based, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based, 0 when unknown. */
    public int column() {
        return column;
    }
}
