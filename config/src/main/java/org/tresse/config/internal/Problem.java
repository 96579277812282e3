package org.tresse.config.internal;

/**
 * A configuration problem before it becomes a {@code ConfigException}.
 *
 * @param field  the field path, empty when none
 * @param line   1-based line in the text read by Jackson, 0 when unknown
 * @param column 1-based column in the text read by Jackson, 0 when unknown
 */
public record Problem(String field, int line, int column, String french, String english) {
    public Problem(String field, int line, int column, Said said) {
        this(field, line, column, said.french(), said.english());
    }
}
