package org.tresse.core.engine;

import java.util.Arrays;

/**
 * A refusal to show the person who wrote: what was wrong and how to write it. The message is
 * a text key with its arguments, shown in the person's language; whatever the handler changed
 * before throwing is undone.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] arguments;

    public UserError(String key, Object... arguments) {
        super(key, null, false, false);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return "UserError[" + key + " " + Arrays.toString(arguments) + "]";
    }
}
