package org.tresse.web.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a handler sees it: method, path and its parameters, query and form fields
 * (UTF-8, already size-limited), headers (names lower-cased), cookies, the client's address.
 */
public final class WebRequest {
    private final String method;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> form;
    private final Map<String, String> headers;
    private final Map<String, String> cookies;
    private final String remoteAddress;
    private final String body;

    public WebRequest(String method, String path, Map<String, String> pathParams, Map<String, List<String>> query,
            Map<String, List<String>> form, Map<String, String> headers, Map<String, String> cookies, String remoteAddress) {
        this(method, path, pathParams, query, form, headers, cookies, remoteAddress, "");
    }

    /** @param body the raw body of a POST that is not a form (a JSON webhook), size-limited; empty otherwise */
    public WebRequest(String method, String path, Map<String, String> pathParams, Map<String, List<String>> query,
            Map<String, List<String>> form, Map<String, String> headers, Map<String, String> cookies, String remoteAddress,
            String body) {
        this.method = method;
        this.path = path;
        this.pathParams = Map.copyOf(pathParams);
        this.query = Map.copyOf(query);
        this.form = Map.copyOf(form);
        this.headers = Map.copyOf(headers);
        this.cookies = Map.copyOf(cookies);
        this.remoteAddress = remoteAddress;
        this.body = body;
    }

    /** The raw body of a POST that is not a form, e.g. the JSON a webhook sends; empty for forms and GETs. */
    public String body() {
        return body;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no path parameter " + name + " in " + path);
        }
        return value;
    }

    /** A query parameter, empty when absent or blank. */
    public Optional<String> query(String name) {
        return first(query, name);
    }

    /** A form field, as typed (not stripped); empty when absent. */
    public Optional<String> form(String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a form field (checkboxes). */
    public List<String> formValues(String name) {
        return form.getOrDefault(name, List.of());
    }

    public Map<String, List<String>> formFields() {
        return form;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name)).filter(value -> !value.isEmpty());
    }

    /** The client's address (the proxy's client when Tresse is told it sits behind one). */
    public String remoteAddress() {
        return remoteAddress;
    }

    private static Optional<String> first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0));
    }
}
