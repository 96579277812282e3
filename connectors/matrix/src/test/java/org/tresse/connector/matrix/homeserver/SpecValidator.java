package org.tresse.connector.matrix.homeserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks requests and responses against the Matrix client-server API's own OpenAPI 3.1
 * definitions (test resources {@code matrix-spec/api/client-server/*.yaml}): the endpoint exists,
 * path and query parameters match their schemas, required ones are present, and the JSON body
 * validates against the operation's schema. Relative {@code $ref}s are resolved by the JSON Schema
 * library from each file's classpath location.
 */
public final class SpecValidator {
    static final String SPEC = "classpath:matrix-spec/";
    private static final List<String> API_FILES = List.of("versions", "login", "whoami", "sync", "joining",
            "message_pagination", "room_send", "create_room", "directory", "rooms", "content-repo");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

    /** One operation of the specification. */
    record Operation(String file, String rawTemplate, Pattern pattern, List<String> pathNames, String method, JsonNode node) {
        String pointer() {
            return "/paths/" + escape(rawTemplate) + "/" + method;
        }
    }

    public SpecValidator() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String name : API_FILES) {
            String file = "api/client-server/" + name + ".yaml";
            try (InputStream in = SpecValidator.class.getResourceAsStream("/matrix-spec/" + file)) {
                JsonNode document = yaml.readTree(in);
                documents.put(file, document);
                document.path("paths").fields().forEachRemaining(path -> {
                    for (String method : METHODS) {
                        JsonNode operation = path.getValue().get(method);
                        if (operation != null) {
                            operations.add(operation(file, path.getKey(), method, operation));
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Operation operation(String file, String rawTemplate, String method, JsonNode node) {
        List<String> names = new ArrayList<>();
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(rawTemplate.strip());
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(rawTemplate.strip().substring(last, parameter.start()))).append("([^/]+)");
            names.add(parameter.group(1));
            last = parameter.end();
        }
        regex.append(Pattern.quote(rawTemplate.strip().substring(last)));
        return new Operation(file, rawTemplate, Pattern.compile(regex.toString()), names, method, node);
    }

    /**
     * The operation for a method and a raw path under {@code /_matrix/client/v3} (or {@code /_matrix/client} for versions,
     * {@code /_matrix} for the content repository's {@code /media/v3/…}).
     */
    public Optional<Operation> find(String method, String rawPath) {
        for (Operation operation : operations) {
            if (operation.method().equalsIgnoreCase(method) && operation.pattern().matcher(rawPath).matches()) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }

    /** Every way the request breaks the specification; empty when it follows it. */
    public List<String> checkRequest(Operation operation, String rawPath, Map<String, List<String>> query, JsonNode body) {
        List<String> problems = new ArrayList<>();
        Matcher matcher = operation.pattern().matcher(rawPath);
        matcher.matches();
        int index = 0;
        for (JsonNode declared : operation.node().path("parameters")) {
            String pointer = operation.pointer() + "/parameters/" + index++ + "/schema";
            JsonNode parameter = declared;
            String reference = declared.path("$ref").asText("");
            if (reference.startsWith("#/")) {
                // a parameter shared in the file's components (the content repository's filename)
                parameter = documents.get(operation.file()).at(reference.substring(1));
                pointer = reference.substring(1) + "/schema";
            }
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if ("path".equals(in)) {
                int group = operation.pathNames().indexOf(name) + 1;
                String value = SpecValidator.decode(matcher.group(group));
                problems.addAll(validate(operation.file(), pointer, JsonNodeFactory.instance.textNode(value), "path parameter " + name));
            } else if ("query".equals(in)) {
                List<String> values = query.get(name);
                if (values == null) {
                    if (parameter.path("required").asBoolean(false)) {
                        problems.add("missing required query parameter " + name);
                    }
                    continue;
                }
                problems.addAll(validate(operation.file(), pointer, queryValue(parameter.path("schema"), values), "query parameter " + name));
            }
        }
        JsonNode requestBody = operation.node().get("requestBody");
        if (requestBody != null) {
            if (body == null) {
                if (requestBody.path("required").asBoolean(false)) {
                    problems.add("missing required JSON body");
                }
            } else {
                problems.addAll(validate(operation.file(), operation.pointer() + "/requestBody/content/application~1json/schema", body, "body"));
            }
        } else if (body != null) {
            problems.add("a body where the specification has none");
        }
        return problems;
    }

    /** Problems of a response the test homeserver is about to give, for the statuses the spec describes. */
    public List<String> checkResponse(Operation operation, int status, JsonNode body) {
        JsonNode response = operation.node().path("responses").get(String.valueOf(status));
        if (response == null || response.path("content").path("application/json").path("schema").isMissingNode()) {
            return List.of();
        }
        return validate(operation.file(), operation.pointer() + "/responses/" + status + "/content/application~1json/schema", body, "response " + status);
    }

    /** Validates a document against a whole schema file, e.g. {@code api/client-server/definitions/sync_filter.yaml}. */
    public List<String> checkDocument(String file, JsonNode document, String what) {
        return validate(file, "", document, what);
    }

    private List<String> validate(String file, String pointer, JsonNode value, String what) {
        String location = SPEC + file + (pointer.isEmpty() ? "" : "#" + pointer);
        Schema schema = schemas.computeIfAbsent(location, key -> registry.getSchema(SchemaLocation.of(key)));
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(value)) {
            problems.add(what + ": " + error.toString());
        }
        return problems;
    }

    /** A query string value as the JSON its schema expects (integers, booleans, arrays). */
    private static JsonNode queryValue(JsonNode schema, List<String> values) {
        String type = schema.path("type").asText("");
        if ("array".equals(type)) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            values.forEach(array::add);
            return array;
        }
        String value = values.get(0);
        if ("integer".equals(type)) {
            try {
                return JsonNodeFactory.instance.numberNode(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return JsonNodeFactory.instance.textNode(value);
            }
        }
        if ("boolean".equals(type) && ("true".equals(value) || "false".equals(value))) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    /** A percent-encoded path segment or query value, decoded ("+" stays a plus). */
    static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String escape(String template) {
        return template.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
    }
}
