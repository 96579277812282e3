package org.tresse.connector.email.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the receiving server vouches for a mail's {@code From} (RFC 8601). Only a header the
 * receiving server itself wrote counts: an {@code Authentication-Results} whose authserv-id is
 * the configured one, standing ABOVE that server's own {@code Received} line (the topmost one
 * naming it after {@code by}; without such a line, the topmost {@code Received} of all). Anything
 * below was in the mail when it arrived, so its sender may have written it. Of those headers, the
 * topmost decides:
 * <ul>
 *   <li>a DMARC result is final: {@code dmarc=pass} vouches (for the From domain, when the header
 *       names it), any other DMARC result ({@code fail}, {@code none}, {@code temperror}...) does
 *       not, whatever SPF or DKIM say. Alignment is DMARC's: Tresse does not compute it again;</li>
 *   <li>without a DMARC result, {@code dkim=pass} or {@code spf=pass} vouches only for exactly the
 *       From domain (strict alignment).</li>
 * </ul>
 * Without a configured authserv-id, nothing is trusted (tokens only).
 */
public final class SenderTrust {
    private static final Pattern BY_HOST = Pattern.compile("(?i)(?:^|[\\s;)])by\\s+\\[?([^\\s;()\\[\\]]+)");

    private final String authservId;

    /** @param authservId the receiving server's authserv-id, lower-cased; null to trust no header */
    public SenderTrust(String authservId) {
        this.authservId = authservId;
    }

    /**
     * @param trace      the mail's {@code Received} and {@code Authentication-Results} headers, in
     *                   the order they stand, topmost first
     * @param fromDomain the domain of the From address, lower-cased
     */
    public boolean vouchesFor(List<TraceField> trace, String fromDomain) {
        if (authservId == null || trace == null || fromDomain.isEmpty()) {
            return false;
        }
        int boundary = ownReceivedLine(trace);
        for (int index = 0; index < boundary; index++) {
            TraceField field = trace.get(index);
            if (!field.isAuthenticationResults()) {
                continue;
            }
            List<String> parts = splitResults(stripComments(field.value()));
            if (parts.isEmpty() || !parts.get(0).strip().split("\\s+")[0].toLowerCase(Locale.ROOT).equals(authservId)) {
                continue;
            }
            return passes(parts.subList(1, parts.size()), fromDomain);
        }
        return false;
    }

    /** The index of the receiving server's own Received line; 0 (nothing trusted) without any Received line. */
    private int ownReceivedLine(List<TraceField> trace) {
        int topmost = -1;
        for (int index = 0; index < trace.size(); index++) {
            TraceField field = trace.get(index);
            if (!field.isReceived()) {
                continue;
            }
            if (topmost < 0) {
                topmost = index;
            }
            if (byHost(field.value()).filter(authservId::equals).isPresent()) {
                return index;
            }
        }
        return topmost < 0 ? 0 : topmost;
    }

    /** The host after {@code by} in a Received line, lower-cased. */
    static Optional<String> byHost(String received) {
        Matcher matcher = BY_HOST.matcher(stripComments(received));
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))
                : Optional.empty();
    }

    private static boolean passes(List<String> results, String fromDomain) {
        List<Result> parsed = new ArrayList<>();
        for (String result : results) {
            String[] tokens = result.strip().split("\\s+");
            if (tokens.length == 0 || !tokens[0].contains("=")) {
                continue;
            }
            String method = tokens[0].substring(0, tokens[0].indexOf('=')).toLowerCase(Locale.ROOT);
            if (method.contains("/")) {
                method = method.substring(0, method.indexOf('/'));
            }
            parsed.add(new Result(method, tokens[0].substring(tokens[0].indexOf('=') + 1).toLowerCase(Locale.ROOT),
                    properties(tokens)));
        }
        Optional<Result> dmarc = parsed.stream().filter(result -> result.method().equals("dmarc")).findFirst();
        if (dmarc.isPresent()) {
            String headerFrom = dmarc.get().properties().get("header.from");
            return dmarc.get().value().equals("pass") && (headerFrom == null || domainOf(headerFrom).equals(fromDomain));
        }
        for (Result result : parsed) {
            if (!result.value().equals("pass")) {
                continue;
            }
            String domain = switch (result.method()) {
                case "dkim" -> result.properties().getOrDefault("header.d", result.properties().get("header.i"));
                case "spf" -> result.properties().get("smtp.mailfrom");
                default -> null;
            };
            if (domain != null && domainOf(domain).equals(fromDomain)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> properties(String[] tokens) {
        Map<String, String> properties = new HashMap<>();
        for (int index = 1; index < tokens.length; index++) {
            int equals = tokens[index].indexOf('=');
            if (equals > 0) {
                String value = tokens[index].substring(equals + 1);
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                properties.putIfAbsent(tokens[index].substring(0, equals).toLowerCase(Locale.ROOT), value);
            }
        }
        return properties;
    }

    /** {@code ana@example.org}, {@code @example.org} or {@code example.org} -> {@code example.org}. */
    private static String domainOf(String value) {
        String domain = value.contains("@") ? value.substring(value.lastIndexOf('@') + 1) : value;
        return domain.strip().toLowerCase(Locale.ROOT).replaceAll("[>.]+$", "");
    }

    /** Removes RFC 5322 comments (in parentheses, nested), leaving quoted strings alone. */
    static String stripComments(String header) {
        StringBuilder out = new StringBuilder(header.length());
        int depth = 0;
        boolean quoted = false;
        for (int index = 0; index < header.length(); index++) {
            char character = header.charAt(index);
            if (character == '\\' && index + 1 < header.length()) {
                if (depth == 0) {
                    out.append(character).append(header.charAt(index + 1));
                }
                index++;
            } else if (character == '"' && depth == 0) {
                quoted = !quoted;
                out.append(character);
            } else if (character == '(' && !quoted) {
                depth++;
            } else if (character == ')' && !quoted && depth > 0) {
                depth--;
                out.append(' ');
            } else if (depth == 0) {
                out.append(character == '\r' || character == '\n' || character == '\t' ? ' ' : character);
            }
        }
        return out.toString();
    }

    private static List<String> splitResults(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < header.length(); index++) {
            char character = header.charAt(index);
            if (character == '"') {
                quoted = !quoted;
            }
            if (character == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(character);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }

    private record Result(String method, String value, Map<String, String> properties) {}

    /**
     * One trace header of a mail: a {@code Received} or an {@code Authentication-Results} line.
     *
     * @param name  the header's name as written
     * @param value its value, unfolded or not
     */
    public record TraceField(String name, String value) {
        public boolean isReceived() {
            return name.equalsIgnoreCase("Received");
        }

        public boolean isAuthenticationResults() {
            return name.equalsIgnoreCase("Authentication-Results");
        }
    }
}
