package org.tresse.config.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each field of a YAML text sits, by field path ({@code channels.telegram.rooms[0].group}),
 * so that problems found after parsing can still name a line. Built by a first streaming pass,
 * which also meets every YAML syntax error first.
 */
public final class LocationIndex {
    /** A place in the text, 1-based. */
    public record Place(String path, int line, int column) {}

    private final Map<String, Place> byPath = new HashMap<>();
    private final List<Place> inOrder = new ArrayList<>();
    private int tokens;
    private boolean blankRoot;
    private String lastPath = "";

    private LocationIndex() {}

    /** Reads the whole text; a YAML syntax error comes out as a {@link ScanFailure}. */
    public static LocationIndex scan(String text, YAMLFactory factory) throws ScanFailure {
        LocationIndex index = new LocationIndex();
        try (JsonParser parser = factory.createParser(text)) {
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    index.record(parser, token);
                }
            } catch (StreamReadException e) {
                String section = parentOf(path(parser.getParsingContext()));
                throw new ScanFailure(e, index.lastPath, section == null ? "" : section);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    /** A syntax error, with the path of the last field read before it. */
    public static final class ScanFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final String lastPath;
        private final String section;

        ScanFailure(StreamReadException cause, String lastPath, String section) {
            super(cause);
            this.lastPath = lastPath;
            this.section = section;
        }

        /** The path of the section being read when the error came ({@code ""} at the top of the file). */
        public String section() {
            return section;
        }

        public StreamReadException error() {
            return (StreamReadException) getCause();
        }

        public String lastPath() {
            return lastPath;
        }
    }

    private void record(JsonParser parser, JsonToken token) {
        tokens++;
        if (tokens == 1) {
            blankRoot = token == JsonToken.VALUE_NULL || token == JsonToken.VALUE_STRING && isBlank(parser);
        }
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.FIELD_NAME) {
            put(path(context), parser.currentTokenLocation());
        } else if (token.isStructStart() && context.getParent() != null && context.getParent().inArray()) {
            put(path(context.getParent()), parser.currentTokenLocation());
        } else if (token.isScalarValue() && context.inArray()) {
            put(path(context), parser.currentTokenLocation());
        }
    }

    private void put(String path, JsonLocation location) {
        Place place = new Place(path, location.getLineNr(), location.getColumnNr());
        lastPath = path;
        if (byPath.putIfAbsent(path, place) == null) {
            inOrder.add(place);
        }
    }

    private static boolean isBlank(JsonParser parser) {
        try {
            return parser.getText().isBlank();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of the value the context is at: its parents' names and indexes. */
    static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = path(context.getParent());
        if (context.inArray()) {
            return parent + "[" + context.getCurrentIndex() + "]";
        }
        String name = context.getCurrentName();
        return name == null ? parent : parent.isEmpty() ? name : parent + "." + name;
    }

    /** True when the text holds no value at all (blank, comments only, or a lone null). */
    public boolean isEmpty() {
        return tokens == 0 || tokens == 1 && blankRoot;
    }

    /** The place of a field, or of its nearest written parent; null when nothing matches. */
    public Place find(String path) {
        String current = path;
        while (current != null && !current.isEmpty()) {
            Place place = byPath.get(current);
            if (place != null) {
                return place;
            }
            current = parentOf(current);
        }
        return null;
    }

    /** Whether the field itself is written in the text. */
    public boolean contains(String path) {
        return byPath.containsKey(path);
    }

    /** The last field starting on this line at or before this column, if any. */
    public Place at(int line, int column) {
        Place found = null;
        for (Place place : inOrder) {
            if (place.line() == line && place.column() <= column) {
                found = place;
            }
        }
        return found;
    }

    static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
