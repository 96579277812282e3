package org.tresse.core.engine;

import org.tresse.core.feature.Extension;

/**
 * A handler a feature puts around the command router, to take some inbound events before it (the
 * web's consultation answers, free text of any length a command line would split) and hand every
 * other on to {@code next}, in the same transaction.
 */
@FunctionalInterface
public interface AroundRouter {
    /** The contributions the assembly wraps the router in, the last installed outermost. */
    Extension<AroundRouter> AROUND = Extension.of("handler around the router", AroundRouter.class);

    MessageHandler around(MessageHandler next);
}
