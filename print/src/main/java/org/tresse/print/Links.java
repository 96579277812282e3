package org.tresse.print;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where printed links and QR codes lead. The web front door's pages when its public address is
 * known ({@code web.public-url}): {@code /sondages/{n}} for polls and consultations,
 * {@code /decisions/{n}}, {@code /avis}; the bot's Telegram deep links
 * ({@code https://t.me/<bot>?start=p12} opens poll 12 in private); the bot's email address.
 */
public record Links(Optional<String> publicUrl, Optional<String> telegramBot, Optional<String> email) {
    private static final Pattern BOT = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Links {
        publicUrl = publicUrl == null ? Optional.empty() : publicUrl.map(Links::base);
        telegramBot = telegramBot == null ? Optional.empty() : telegramBot.map(Links::bot);
        email = email == null ? Optional.empty() : email.map(Links::address);
    }

    public static Links none() {
        return new Links(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The page of poll or consultation {@code number}. */
    public Optional<String> pollPage(long number) {
        return publicUrl.map(base -> base + "/sondages/" + number);
    }

    public Optional<String> decisionPage(long number) {
        return publicUrl.map(base -> base + "/decisions/" + number);
    }

    /** The page where anyone gives a voice. */
    public Optional<String> voicePage() {
        return publicUrl.map(base -> base + "/avis");
    }

    /** Opens poll {@code number} in a private chat with the bot. */
    public Optional<String> telegramPoll(long number) {
        return telegramBot.map(bot -> "https://t.me/" + bot + "?start=p" + number);
    }

    /** The agenda's public calendar feed, to add to a calendar application. */
    public Optional<String> agendaFeed() {
        return publicUrl.map(base -> base + "/agenda.ics");
    }

    /** Opens a private chat with the bot. */
    public Optional<String> telegramChat() {
        return telegramBot.map(bot -> "https://t.me/" + bot);
    }

    /** A new mail to the bot with this subject (a command, e.g. {@code /start p12}). */
    public Optional<String> mail(String subject) {
        return email.map(address -> "mailto:" + address + "?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static String base(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an address: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("a public address is written https://host[/path], got " + url);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String bot(String name) {
        String bot = name.strip().startsWith("@") ? name.strip().substring(1) : name.strip();
        if (!BOT.matcher(bot).matches()) {
            throw new IllegalArgumentException("not a Telegram bot name: " + name);
        }
        return bot;
    }

    private static String address(String value) {
        if (!EMAIL.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("not an email address: " + value);
        }
        return value.strip();
    }
}
