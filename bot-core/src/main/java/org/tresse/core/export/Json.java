package org.tresse.core.export;

import java.io.IOException;
import java.io.Writer;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Exports as indented JSON, the writer left open. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static void write(Writer out, Object value) throws IOException {
        MAPPER.writeValue(out, value);
        out.write("\n");
        out.flush();
    }
}
