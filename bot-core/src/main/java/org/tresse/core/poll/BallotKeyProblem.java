package org.tresse.core.poll;

import java.util.List;

/**
 * The keys of secret ballots are missing, damaged or not the ones that sealed the ballots: Tresse
 * must not start, or votes would be lost or counted twice. The message for people is the text
 * {@link #key()} of the core bundle, with {@link #arguments()}.
 */
public final class BallotKeyProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> arguments;

    public BallotKeyProblem(String key, Object... arguments) {
        super(key + " " + List.of(arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
