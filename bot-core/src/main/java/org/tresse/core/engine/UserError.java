package org.tresse.core.engine;

import java.util.Arrays;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Formatted;
import org.tresse.core.markup.Markup;

/**
 * A refusal to show the person who wrote: what was wrong and how to write it. The message is
 * a text key with its arguments, shown in the person's language; whatever the handler changed
 * before throwing is undone.
 *
 * <p>The arguments are what the person typed (a date, a grade, an option, a word the command could not
 * read), or someone's name, or a list of known words: pass them as they are, never escaped. When the
 * refusal is shown as a message ({@link #message}), each is quoted literally ({@link Markup#literal}),
 * so a {@code [texte](http://…)} or {@code *gras*} comes back as those characters. Only numbers (a
 * count the template agrees with) and {@link Formatted} pieces Tresse wrote itself (a usage, a list
 * of options already quoted) go in as they are.
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

    /** The refusal as a message in {@code texts}: markup, with every argument but numbers and {@link Formatted} quoted literally. */
    public String message(Texts texts) {
        Object[] quoted = new Object[arguments.length];
        for (int index = 0; index < arguments.length; index++) {
            Object argument = arguments[index];
            quoted[index] = argument == null || argument instanceof Number || argument instanceof Formatted ? argument
                    : Markup.literal(String.valueOf(argument));
        }
        return texts.get(key, quoted);
    }

    @Override
    public String toString() {
        return "UserError[" + key + " " + Arrays.toString(arguments) + "]";
    }
}
