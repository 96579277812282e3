package org.tresse.web.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;
import org.tresse.web.http.Failures;
import org.tresse.web.http.Reply;
import org.tresse.web.http.ReplyFilter;
import org.tresse.web.http.Routes;
import org.tresse.web.http.WebRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Jetty's request into a {@link WebRequest}, runs the route's handler and writes its
 * {@link Reply}. A failing handler gets the 500 page and a log line naming the route with any
 * token hidden; the server goes on.
 */
public final class JettyBridge extends org.eclipse.jetty.server.Handler.Abstract {
    private static final Logger log = LoggerFactory.getLogger(JettyBridge.class);
    private static final String FORM = "application/x-www-form-urlencoded";
    /** How much of a refused body is still read (and dropped) so the client is sure to get the 413 page. */
    private static final long DRAINED_AT_MOST = 1024 * 1024;

    private final Routes routes;
    private final Failures failures;
    private final ReplyFilter filter;
    private final int maxBody;

    public JettyBridge(Routes routes, Failures failures, ReplyFilter filter, int maxBody) {
        super(InvocationType.BLOCKING);
        this.routes = routes;
        this.failures = failures;
        this.filter = filter;
        this.maxBody = maxBody;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = Request.getPathInContext(request);
        WebRequest bare = new WebRequest(method, path, Map.of(), Map.of(), Map.of(), headers(request), Map.of(),
                Request.getRemoteAddr(request));
        Reply reply;
        try {
            reply = answer(request, method, path, bare);
        } catch (RuntimeException | Error failure) {
            log.error("The page {} {} failed", method, Redaction.path(path), failure);
            reply = failurePage(500, bare);
        }
        write(response, callback, method, filter.apply(bare, reply));
        return true;
    }

    /** The failure page; if even that fails, a line of plain text. */
    private Reply failurePage(int status, WebRequest request) {
        try {
            return failures.page(status, request);
        } catch (RuntimeException | Error failure) {
            log.error("The error page {} failed", status, failure);
            return Reply.of(status, "text/plain; charset=utf-8", "Erreur " + status + " / Error " + status);
        }
    }

    private Reply answer(Request request, String method, String path, WebRequest bare) {
        Optional<Routes.Match> match = routes.find(method, path);
        if (match.isEmpty()) {
            return failurePage(routes.anyMethod(path) ? 405 : 404, bare);
        }
        Map<String, List<String>> query;
        Map<String, List<String>> form;
        String raw;
        try {
            query = fields(Request.extractQueryParameters(request, StandardCharsets.UTF_8));
            Optional<String> body = "POST".equals(method) ? body(request) : Optional.of("");
            if (body.isEmpty()) {
                return failurePage(413, bare);
            }
            boolean isForm = isForm(request);
            form = isForm ? decode(body.get()) : Map.of();
            raw = isForm ? "" : body.get();
        } catch (IllegalArgumentException | IOException malformed) {
            log.debug("Malformed request to {}: {}", Redaction.path(path), malformed.getClass().getSimpleName());
            return failurePage(400, bare);
        }
        WebRequest web = new WebRequest(method, path, match.get().pathParams(), query, form, headers(request),
                cookies(request), Request.getRemoteAddr(request), raw);
        try {
            Reply reply = match.get().handler().handle(web);
            return reply.isBare() ? failurePage(reply.status(), web) : reply;
        } catch (Exception failure) {
            log.error("The page {} {} failed", method, Redaction.path(path), failure);
            return failurePage(500, web);
        }
    }

    /** The body as text, or empty when it is larger than allowed. */
    private Optional<String> body(Request request) throws IOException {
        long declared = request.getLength();
        try (InputStream in = Request.asInputStream(request)) {
            if (declared > maxBody) {
                drop(in);
                return Optional.empty();
            }
            byte[] bytes = in.readNBytes(maxBody + 1);
            if (bytes.length > maxBody) {
                drop(in);
                return Optional.empty();
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /**
     * Reads and drops what is left of a refused body, up to {@link #DRAINED_AT_MOST}: a server that
     * answers and closes while the browser is still sending makes the connection reset, and the
     * browser then shows a network error instead of the 413 page. A larger body is not worth reading.
     */
    private static void drop(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long dropped = 0;
        int read;
        while (dropped < DRAINED_AT_MOST && (read = in.read(buffer)) >= 0) {
            dropped += read;
        }
    }

    private static boolean isForm(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(FORM);
    }

    private static Map<String, List<String>> decode(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        UrlEncoded.decodeTo(body, (name, value) -> fields.computeIfAbsent(name, any -> new ArrayList<>()).add(value),
                StandardCharsets.UTF_8);
        return fields;
    }

    private static Map<String, List<String>> fields(Fields fields) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Fields.Field field : fields) {
            result.put(field.getName(), field.getValues());
        }
        return result;
    }

    private static Map<String, String> headers(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.merge(field.getLowerCaseName(), field.getValue(), (first, second) -> first + ", " + second);
        }
        return headers;
    }

    private static Map<String, String> cookies(Request request) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (HttpCookie cookie : Request.getCookies(request)) {
            cookies.putIfAbsent(cookie.getName(), cookie.getValue());
        }
        return cookies;
    }

    private static void write(Response response, Callback callback, String method, Reply reply) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        reply.cookies().forEach(cookie -> response.getHeaders().add(HttpHeader.SET_COOKIE, cookie));
        boolean head = "HEAD".equals(method);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(reply.body()), callback);
    }
}
