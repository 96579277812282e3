package org.tresse.web.http;

/**
 * The pages shown when no handler answers: 404, 405, 413, and 500 when a handler failed.
 * The failure's text is never shown.
 */
@FunctionalInterface
public interface Failures {
    Reply page(int status, WebRequest request);

    /** Plain text pages, for tests of the server alone. */
    Failures PLAIN = (status, request) -> Reply.of(status, "text/plain; charset=utf-8", "HTTP " + status);
}
