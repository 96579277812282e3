package org.tresse.print.internal;

/** Large type on paper: a French "?" or "»" never starts a line alone. */
public final class Typography {
    private Typography() {}

    /** The space before {@code ? ! : ; »} and after {@code «} made non-breaking. */
    public static String keepTogether(String text) {
        return text.replaceAll(" ([?!:;»])", "\u00a0$1").replace("« ", "«\u00a0");
    }
}
