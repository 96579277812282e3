package org.tresse.print.internal;

/** Escaping for text written into XHTML and SVG by hand (templates escape by themselves). */
public final class Xml {
    private Xml() {}

    /** Text or attribute value: {@code & < > " '} escaped, control characters XML forbids dropped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A number for SVG coordinates: at most two decimals, a dot, no exponent. */
    public static String number(double value) {
        long hundredths = Math.round(value * 100);
        String sign = hundredths < 0 ? "-" : "";
        long absolute = Math.abs(hundredths);
        long whole = absolute / 100;
        long fraction = absolute % 100;
        if (fraction == 0) {
            return sign + whole;
        }
        return sign + whole + "." + (fraction % 10 == 0 ? String.valueOf(fraction / 10) : String.format("%02d", fraction));
    }
}
