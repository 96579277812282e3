package org.tresse.web.http;

/** Changes every reply before it is written: security headers, for example. */
@FunctionalInterface
public interface ReplyFilter {
    ReplyFilter NONE = (request, reply) -> reply;

    Reply apply(WebRequest request, Reply reply);
}
