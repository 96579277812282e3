package org.tresse.core.channel;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tresse.core.i18n.Texts;
import org.tresse.core.markup.Markup;

/**
 * Why a message could not be delivered, in terms the core says in its reader's language: a reason
 * of a closed list and at most one figure (an HTTP status, an SMTP code, a count), plus the attempts
 * the outbox made before giving up. No free text: what a remote service wrote about a refusal is for
 * the operator's log (without secrets), never for the stored reason nor for users.
 *
 * <p>Stored in {@code outbox.last_error} as {@code reason[:figure][@attempts]} ({@code forbidden:403},
 * {@code unavailable:503@5}, {@code cancelled}); the words are {@code livraison.REASON} in
 * {@link #BUNDLE}, which the features showing reasons contribute. A stored reason written before this
 * type (an English sentence) is still shown, quoted literally and said to be the old record.
 */
public record DeliveryFailure(Reason reason, int figure, int attempts) {
    public static final String BUNDLE = "org.tresse.core.channel.texts";
    private static final Pattern STORED = Pattern.compile("([a-z]+(?:-[a-z]+)*)(?::([0-9]{1,9}))?(?:@([0-9]{1,9}))?");

    /** The reasons a channel may give; the comment says what the reader is told. */
    public enum Reason {
        /** The person blocked the bot (Telegram 403 "blocked by the user", a paused private chat). */
        BLOCKED(false),
        /** The bot may not write there (removed from the group, not in the room; HTTP 403, M_FORBIDDEN). */
        FORBIDDEN(false),
        /** The chat, room or person is unknown to the service (chat not found, M_NOT_FOUND). */
        NOT_FOUND(false),
        /** The recipient is not an address this channel can write to. */
        BAD_ADDRESS(false),
        /** The mail server refused the recipient's address. */
        ADDRESS_REFUSED(false),
        /** The address bounced repeatedly: newsletters to it are suspended. */
        ADDRESS_SUSPENDED(false),
        /** A web visitor left no address and no longer waits on the page. */
        NO_ADDRESS(false),
        /** The channel cannot write to one person in private (the web pages). */
        NO_PRIVATE(false),
        /** The service refused the message (HTTP 400, SMTP 5xx...); the figure is the code. */
        REFUSED(false),
        /** The message or its file is too large for the service (HTTP 413, SMTP 552). */
        TOO_LARGE(false),
        /** Nothing was left to send. */
        EMPTY(false),
        /** The message could not be put into this channel's form. */
        UNWRITABLE(false),
        /** The message to change is not one this channel can change. */
        NOT_EDITABLE(false),
        /** The group changed its address twice while the message was on its way. */
        CHAT_MOVED(false),
        /** More automatic answers to one address within an hour than the loop breaker lets through; the figure is that limit. */
        TOO_MANY_ANSWERS(true),
        /** The service did not take it for now (HTTP 5xx, SMTP 4xx); the figure is the code. */
        UNAVAILABLE(false),
        /** The service could not be reached (network, timeout). */
        NETWORK(false),
        /** The service refused the bot's account (token, login, password): for an admin to check. */
        ACCOUNT_REFUSED(false),
        /** The connector is not connected to its service yet. */
        NOT_CONNECTED(false),
        /** The service asked to slow down. */
        RATE_LIMITED(false),
        /** Tresse's database failed meanwhile. */
        STORE_UNAVAILABLE(false),
        /** Tresse was stopping. */
        INTERRUPTED(false),
        /** The connector failed in an unexpected way (a fault of Tresse, logged). */
        CONNECTOR_ERROR(false),
        /** A coordinator cancelled the sending. */
        CANCELLED(false);

        private final boolean figureInSentence;

        Reason(boolean figureInSentence) {
            this.figureInSentence = figureInSentence;
        }

        /** How the reason is stored: {@code TOO_MANY_ANSWERS} is {@code too-many-answers}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The bundle key of its words. */
        public String key() {
            return "livraison." + name();
        }
    }

    public DeliveryFailure {
        Objects.requireNonNull(reason, "reason");
        if (figure < 0 || attempts < 0) {
            throw new IllegalArgumentException("a figure and a number of attempts are not negative");
        }
    }

    public static DeliveryFailure of(Reason reason) {
        return new DeliveryFailure(reason, 0, 0);
    }

    /** With a figure: an HTTP status, an SMTP code, a count (0: none). */
    public static DeliveryFailure of(Reason reason, int figure) {
        return new DeliveryFailure(reason, figure, 0);
    }

    /** The same failure, the outbox having given up after {@code count} attempts. */
    public DeliveryFailure afterAttempts(int count) {
        return new DeliveryFailure(reason, figure, count);
    }

    /** What {@code outbox.last_error} holds: {@code reason[:figure][@attempts]}. */
    public String stored() {
        return reason.code() + (figure > 0 ? ":" + figure : "") + (attempts > 0 ? "@" + attempts : "");
    }

    /** A stored reason read back; empty for anything else (a reason stored as free text by an older Tresse). */
    public static Optional<DeliveryFailure> parse(String stored) {
        Matcher matcher = stored == null ? null : STORED.matcher(stored);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toUpperCase(Locale.ROOT).replace('-', '_');
        for (Reason reason : Reason.values()) {
            if (reason.name().equals(name)) {
                return Optional.of(new DeliveryFailure(reason, number(matcher.group(2)), number(matcher.group(3))));
            }
        }
        return Optional.empty();
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** In the reader's words: "la personne a bloqué le bot", "le service a refusé le message (code 400)". */
    public String describe(Texts texts) {
        StringBuilder text = new StringBuilder(texts.get(reason.key(), figure));
        if (figure > 0 && !reason.figureInSentence) {
            text.append(texts.get("livraison.code", figure));
        }
        if (attempts > 0) {
            text.append(texts.get("livraison.essais", attempts));
        }
        return text.toString();
    }

    /**
     * A stored reason in the reader's words; one stored as free text by an older Tresse is quoted
     * literally (no link, no formatting) and said to be that; none at all is said too.
     */
    public static String describeStored(Texts texts, String stored) {
        if (stored == null || stored.isBlank()) {
            return texts.get("livraison.inconnue");
        }
        return parse(stored).map(failure -> failure.describe(texts))
                .orElseGet(() -> texts.get("livraison.ancienne", Markup.literal(stored)));
    }

    @Override
    public String toString() {
        return stored();
    }
}
