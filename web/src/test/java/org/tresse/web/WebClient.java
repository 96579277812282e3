package org.tresse.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A visitor's browser without JavaScript: keeps cookies, reads pages, sends forms with the page's token. */
final class WebClient {
    private final String base;
    private final HttpClient http;
    private String lastCsrf = "";

    WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
        headers.forEach(request::header);
        HttpResponse<String> response = send(request.build());
        Document page = Jsoup.parse(response.body());
        var token = page.selectFirst("input[name=csrf]");
        if (token != null) {
            lastCsrf = token.attr("value");
        }
        return response;
    }

    Document page(String path) {
        return Jsoup.parse(get(path).body());
    }

    /** Posts a form as the last page's form would, with its token. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf", lastCsrf);
        all.putAll(fields);
        return postRaw(path, encode(all), "application/x-www-form-urlencoded");
    }

    /** A form whose fields may repeat (ticked checkboxes), with the last page's CSRF token. */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = Stream.concat(Stream.of(Map.entry("csrf", lastCsrf)), fields.stream()).toList();
        return postRaw(path, encode(all), "application/x-www-form-urlencoded");
    }

    /** Posts a form as {@link #post} does, with extra request headers. */
    HttpResponse<String> postWith(String path, Map<String, String> fields, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf", lastCsrf);
        all.putAll(fields);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(all)));
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> postRaw(String path, String body, String type) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String encode(Map<String, String> fields) {
        return encode(fields.entrySet());
    }

    static String encode(java.util.Collection<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
