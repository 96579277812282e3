package org.tresse.web.http;

/** What answers one route: a page, a form, a feed. Throw nothing for bad input: answer it. */
@FunctionalInterface
public interface Handler {
    Reply handle(WebRequest request) throws Exception;
}
