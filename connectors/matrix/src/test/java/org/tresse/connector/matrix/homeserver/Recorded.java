package org.tresse.connector.matrix.homeserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A request the test homeserver received, as it came (raw path). */
public record Recorded(String method, String rawPath, Map<String, List<String>> query, JsonNode body, String authorization) {}
