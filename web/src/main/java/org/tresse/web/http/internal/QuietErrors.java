package org.tresse.web.http.internal;

import java.io.IOException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Jetty's own error pages (a request it could not even parse) with no message and no cause: nothing to learn from them. */
public final class QuietErrors extends ErrorHandler {
    public QuietErrors() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        super.generateResponse(request, response, code, null, null, callback);
    }
}
