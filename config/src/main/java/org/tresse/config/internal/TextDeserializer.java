package org.tresse.config.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.Function;

/** Reads a value written as a YAML scalar with a parse function that throws {@link InvalidField}. */
final class TextDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> parse;

    TextDeserializer(Class<T> type, Function<String, T> parse) {
        super(type);
        this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.currentToken().isScalarValue()) {
            return (T) context.handleUnexpectedToken(handledType(), parser);
        }
        try {
            return parse.apply(parser.getText());
        } catch (InvalidField problem) {
            throw new ValueProblem(parser, problem);
        }
    }
}
