package org.tresse.web.http.internal;

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
        Optional<Routes.Match> match = routes.find(method, path);
        if (match.isPresent() && "POST".equals(method)) {
            new BodyReader(request, match.get().bodyLimit(maxBody), body -> respond(request, response, callback, bare, match, body)).run();
        } else {
            respond(request, response, callback, bare, match, new BodyReader.Body(new byte[0], 0));
        }
        return true;
    }

    private void respond(Request request, Response response, Callback callback, WebRequest bare, Optional<Routes.Match> match,
            BodyReader.Body body) {
        Reply reply;
        try {
            reply = answer(request, bare, match, body);
        } catch (RuntimeException | Error failure) {
            log.error("The page {} {} failed", bare.method(), Redaction.path(bare.path()), failure);
            reply = failurePage(500, bare);
        }
        write(response, callback, bare.method(), filter.apply(bare, reply));
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

    private Reply answer(Request request, WebRequest bare, Optional<Routes.Match> match, BodyReader.Body body) {
        String method = bare.method();
        String path = bare.path();
        if (match.isEmpty()) {
            return failurePage(routes.anyMethod(path) ? 405 : 404, bare);
        }
        if (body.refused()) {
            log.debug("Body refused ({}) for {}", body.refusal(), Redaction.path(path));
            return failurePage(body.refusal(), bare);
        }
        Map<String, List<String>> query;
        Map<String, List<String>> form;
        String raw;
        try {
            query = fields(Request.extractQueryParameters(request, StandardCharsets.UTF_8));
            String text = new String(body.bytes(), StandardCharsets.UTF_8);
            boolean isForm = isForm(request);
            form = isForm ? decode(text) : Map.of();
            raw = isForm ? "" : text;
        } catch (IllegalArgumentException malformed) {
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
