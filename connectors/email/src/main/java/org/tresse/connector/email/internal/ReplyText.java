package org.tresse.connector.email.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person wrote in a mail, without what their client added: quoted lines ({@code >}),
 * the quoted message under "Le ... a écrit :" / "On ... wrote:" or an Outlook "De : / Envoyé :"
 * block, the signature after {@code -- }, and "Envoyé de mon iPhone" footers.
 */
public final class ReplyText {
    private static final Pattern FRENCH_ATTRIBUTION = Pattern.compile("(?is)^le\\s.{0,300}\\sa\\s+[ée]crit\\s*:$");
    private static final Pattern ENGLISH_ATTRIBUTION = Pattern.compile("(?is)^on\\s.{0,300}\\swrote\\s*:$");
    private static final Pattern ANY_ATTRIBUTION = Pattern.compile("(?is)^.{0,300}(\\sa\\s+[ée]crit|\\swrote)\\s*:$");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "(?i)^-{2,}\\s*(original message|message d'origine|message original|mensaje original|urspr[üu]ngliche nachricht)\\s*-{2,}$");
    private static final Pattern SEPARATOR = Pattern.compile("^_{20,}$");
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\*?(de|from|von)\\s*:\\*?\\s*.+");
    private static final Pattern HEADER_OTHER = Pattern.compile(
            "(?i)^\\*?(envoy[ée]|sent|date|[àa]|to|objet|subject|cc|gesendet|an|betreff)\\s*:\\*?.*");
    private static final Pattern MOBILE_FOOTER = Pattern.compile(
            "(?i)^((envoy[ée]|envoye) (de|depuis) (mon|ma|l'application) .{1,60}|sent from my .{1,60}"
                    + "|sent from (mail|outlook) for .{1,40}|(get|obtenir|t[ée]l[ée]charger) outlook (for|pour) .{1,40})$");

    private ReplyText() {}

    /** The text the person wrote, trimmed; may be empty. */
    public static String clean(String text) {
        List<String> lines = List.of(normalize(text).split("\n", -1));
        List<String> kept = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            String stripped = line.strip();
            if (line.equals("-- ") || line.equals("--") || startsQuotedMessage(lines, index)
                    || MOBILE_FOOTER.matcher(stripped).matches()) {
                break;
            }
            if (stripped.startsWith(">")) {
                continue;
            }
            kept.add(line.stripTrailing());
        }
        return join(kept);
    }

    /** The first line that is not blank, stripped; empty if there is none. */
    public static String firstLine(String cleaned) {
        for (String line : cleaned.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    /** Line ends as {@code \n}, no control character but tab, no-break spaces as spaces. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == '\r') {
                if (index + 1 < text.length() && text.charAt(index + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (character == '\u00a0' || character == '\u202f' || character == '\u2007') {
                out.append(' ');
            } else if (character == '\n' || character == '\t' || !isControl(character)) {
                out.append(character);
            }
        }
        return out.toString();
    }

    private static boolean isControl(char character) {
        int type = Character.getType(character);
        return type == Character.CONTROL || type == Character.FORMAT && character != '\u200d';
    }

    private static boolean startsQuotedMessage(List<String> lines, int index) {
        String line = lines.get(index).strip();
        if (line.isEmpty()) {
            return false;
        }
        if (ORIGINAL_MESSAGE.matcher(line).matches()) {
            return true;
        }
        if (SEPARATOR.matcher(line).matches() && index + 1 < lines.size()
                && HEADER_FROM.matcher(lines.get(index + 1).strip()).matches()) {
            return true;
        }
        if (HEADER_FROM.matcher(line).matches() && outlookHeadersFollow(lines, index)) {
            return true;
        }
        if (isAttribution(line, nextNonBlank(lines, index))) {
            return true;
        }
        if (index + 1 >= lines.size()) {
            return false;
        }
        // a client wrapped "Le lun. 4 mars 2024 à 10:00, Ana <ana@example.org> a" / "écrit :"
        String second = lines.get(index + 1).strip();
        String joined = line + " " + second;
        if (second.length() > 60) {
            return false;
        }
        if (line.matches(".*\\d.*") && (FRENCH_ATTRIBUTION.matcher(joined).matches()
                || ENGLISH_ATTRIBUTION.matcher(joined).matches())) {
            return true;
        }
        String following = nextNonBlank(lines, index + 1);
        return !isAttribution(second, following) && isAttribution(joined, following);
    }

    private static boolean isAttribution(String text, String following) {
        if (FRENCH_ATTRIBUTION.matcher(text).matches() || ENGLISH_ATTRIBUTION.matcher(text).matches()) {
            return true;
        }
        return ANY_ATTRIBUTION.matcher(text).matches() && following.startsWith(">");
    }

    private static boolean outlookHeadersFollow(List<String> lines, int index) {
        int found = 0;
        for (int next = index + 1; next < lines.size() && next <= index + 6; next++) {
            if (HEADER_OTHER.matcher(lines.get(next).strip()).matches()) {
                found++;
            }
        }
        return found >= 2;
    }

    private static String nextNonBlank(List<String> lines, int index) {
        for (int next = index + 1; next < lines.size(); next++) {
            if (!lines.get(next).isBlank()) {
                return lines.get(next).strip();
            }
        }
        return "";
    }

    /** Joins lines, dropping blank lines at both ends and keeping at most one blank line in a row. */
    private static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : lines) {
            if (line.isBlank()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line);
            pendingBlank = false;
        }
        return out.toString();
    }
}
