package org.tresse.core.store;

import java.util.Locale;

/** What a JDBC URL says: which database, whether an embedded H2 file, the options Tresse adds, the URL for logs. */
final class JdbcUrl {
    private JdbcUrl() {
    }

    static boolean embeddedFile(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }

    static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * H2 keeps commits in memory for up to 500 ms by default; a vote must survive kill -9, so an
     * embedded file database writes each commit before it returns, and keeps no trace file of its
     * own. H2 caches only 8 parsed
     * statements per connection by default, fewer than one message runs: raise it.
     */
    static String durable(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        String result = url;
        if (embeddedFile(url)) {
            result += H2File.settings(upper);
        }
        if (!upper.contains("TRACE_LEVEL_FILE")) {
            // no tresse.trace.db: it grew by megabytes on a full disk; Tresse's own log says what failed
            result += ";TRACE_LEVEL_FILE=0";
        }
        if (!upper.contains("QUERY_CACHE_SIZE")) {
            result += ";QUERY_CACHE_SIZE=128";
        }
        return result;
    }

    /** A JDBC URL with any password parameter hidden, for logs. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
