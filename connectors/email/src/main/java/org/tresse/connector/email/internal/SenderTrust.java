package org.tresse.connector.email.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the receiving server vouches for a mail's {@code From}: the topmost
 * {@code Authentication-Results} header (RFC 8601) whose authserv-id is the configured one
 * reports {@code dmarc=pass}, or {@code dkim=pass} or {@code spf=pass} for a domain aligned
 * with the From domain. Without a configured authserv-id, no header is trusted.
 */
public final class SenderTrust {
    private final String authservId;

    /** @param authservId the receiving server's authserv-id, lower-cased; null to trust no header */
    public SenderTrust(String authservId) {
        this.authservId = authservId;
    }

    /**
     * @param headers    the Authentication-Results headers, topmost first
     * @param fromDomain the domain of the From address, lower-cased
     */
    public boolean vouchesFor(String[] headers, String fromDomain) {
        if (authservId == null || headers == null || fromDomain.isEmpty()) {
            return false;
        }
        for (String header : headers) {
            List<String> parts = splitResults(stripComments(header));
            if (parts.isEmpty()) {
                continue;
            }
            String[] idAndVersion = parts.get(0).strip().split("\\s+");
            if (!idAndVersion[0].toLowerCase(Locale.ROOT).equals(authservId)) {
                continue;
            }
            return passes(parts.subList(1, parts.size()), fromDomain);
        }
        return false;
    }

    private static boolean passes(List<String> results, String fromDomain) {
        for (String result : results) {
            String[] tokens = result.strip().split("\\s+");
            if (tokens.length == 0 || !tokens[0].contains("=")) {
                continue;
            }
            String method = tokens[0].substring(0, tokens[0].indexOf('=')).toLowerCase(Locale.ROOT);
            String value = tokens[0].substring(tokens[0].indexOf('=') + 1).toLowerCase(Locale.ROOT);
            if (method.contains("/")) {
                method = method.substring(0, method.indexOf('/'));
            }
            if (!value.equals("pass")) {
                continue;
            }
            Map<String, String> properties = properties(tokens);
            switch (method) {
                case "dmarc" -> {
                    String headerFrom = properties.get("header.from");
                    if (headerFrom == null || domainOf(headerFrom).equals(fromDomain)) {
                        return true;
                    }
                }
                case "dkim" -> {
                    String domain = properties.getOrDefault("header.d", properties.get("header.i"));
                    if (domain != null && aligned(domainOf(domain), fromDomain)) {
                        return true;
                    }
                }
                case "spf" -> {
                    String domain = properties.get("smtp.mailfrom");
                    if (domain != null && aligned(domainOf(domain), fromDomain)) {
                        return true;
                    }
                }
                default -> { }
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

    /** Relaxed alignment: the same domain, or one a subdomain of the other (never a bare top-level domain). */
    static boolean aligned(String authenticated, String from) {
        if (authenticated.isEmpty() || from.isEmpty()) {
            return false;
        }
        if (authenticated.equals(from)) {
            return true;
        }
        if (from.endsWith("." + authenticated)) {
            return authenticated.contains(".");
        }
        return authenticated.endsWith("." + from) && from.contains(".");
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
}
