package org.tresse.connector.telegram.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The Bot API over HTTP: {@code POST <base>/bot<token>/<method>} with a JSON body (a form with a file
 * for uploads). The URL holds
 * the token, so it never leaves this class: failures are reported by method name only.
 */
public final class BotApi {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** A few MiB over a slow uplink. */
    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http;
    private final String botUrl;
    private final ObjectMapper json;
    private final Redactor redactor;

    public BotApi(HttpClient http, URI baseUrl, String token, ObjectMapper json) {
        this.http = http;
        this.botUrl = baseUrl + "/bot" + token + "/";
        this.json = json;
        this.redactor = new Redactor(token);
    }

    public Redactor redactor() {
        return redactor;
    }

    public ObjectMapper json() {
        return json;
    }

    /** Calls {@code method} with {@code body} (a Telegram Bots method object or a map). */
    public ApiResponse call(String method, Object body) throws BotApiException, InterruptedException {
        return call(method, body, REQUEST_TIMEOUT);
    }

    /** Calls {@code method}; {@code timeout} bounds the whole exchange (long polling needs more). */
    public ApiResponse call(String method, Object body, Duration timeout) throws BotApiException, InterruptedException {
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new BotApiException("cannot write the " + method + " request: " + redactor.describe(e), false);
        }
        return post(method, "application/json", payload, timeout);
    }

    /** Calls {@code method} with a file: {@code multipart/form-data} (sendDocument), as the Bot API takes uploads. */
    public ApiResponse upload(String method, FormData form) throws BotApiException, InterruptedException {
        return post(method, form.contentType(), form.bytes(), UPLOAD_TIMEOUT);
    }

    private ApiResponse post(String method, String contentType, byte[] payload, Duration timeout)
            throws BotApiException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(botUrl + method))
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new BotApiException(method + " failed: " + redactor.describe(e), false);
        } catch (RuntimeException e) {
            throw new BotApiException(method + " failed: " + redactor.describe(e), false);
        }
        return parse(method, response.statusCode(), response.body());
    }

    private ApiResponse parse(String method, int status, byte[] body) throws BotApiException {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw malformed(method, status, body, e);
        }
        if (tree == null || !tree.isObject() || !tree.has("ok")) {
            throw malformed(method, status, body, null);
        }
        return ApiResponse.of(status, tree);
    }

    private BotApiException malformed(String method, int status, byte[] body, IOException cause) {
        String start = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        String reason = cause instanceof JsonProcessingException parse ? parse.getOriginalMessage() : "not a Bot API answer";
        return new BotApiException("malformed answer to " + method + " (HTTP " + status + "): "
                + redactor.redact(firstLine(reason)) + "; body starts with \"" + redactor.redact(start) + "\"", true);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline >= 0 ? text.substring(0, newline) : text;
    }
}
