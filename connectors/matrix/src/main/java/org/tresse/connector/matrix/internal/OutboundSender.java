package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.tresse.connector.matrix.MatrixException;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.core.message.Destination;
import org.tresse.core.message.PollPresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one outbox row: a message, a poll start, or a poll end followed by the results; a file
 * uploaded to the content repository, then sent as {@code m.file} after the text. The transaction id
 * is {@code tresse-<outbox id>} ({@code -file} for the file): a retried send is deduplicated by the homeserver.
 */
public final class OutboundSender {
    private static final Logger log = LoggerFactory.getLogger(OutboundSender.class);

    private final MatrixClient client;
    private final Session session;
    private final MatrixStore store;
    private final DirectRooms directRooms;

    public OutboundSender(MatrixClient client, Session session, MatrixStore store, DirectRooms directRooms) {
        this.client = client;
        this.session = session;
        this.store = store;
        this.directRooms = directRooms;
    }

    public static String transactionId(long outboxId) {
        return "tresse-" + outboxId;
    }

    public DeliveryResult deliver(Outbound outbound) {
        try {
            return send(outbound);
        } catch (MatrixException e) {
            return failure(outbound, e);
        } catch (IOException e) {
            log.debug("Homeserver unreachable for outbox row {}: {}", outbound.id(), e.getClass().getSimpleName());
            return new DeliveryResult.Transient(Reason.NETWORK);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Transient(Reason.INTERRUPTED);
        }
    }

    private DeliveryResult send(Outbound outbound) throws IOException, InterruptedException {
        Destination destination = outbound.destination();
        String roomId = destination instanceof Destination.Room room ? room.room()
                : directRooms.roomFor(((Destination.Direct) destination).userId());
        Content content = outbound.content();
        String txnId = transactionId(outbound.id());
        PollPresentation poll = content.poll();
        if (poll != null && PollEvents.showsNatively(poll, destination.isGroup())) {
            if (!poll.closed()) {
                ObjectNode start = PollEvents.start(client.json(), poll, fallback(content, poll));
                String eventId = session.authorized(() -> client.send(roomId, PollEvents.START, txnId, start));
                store.savePoll(new MatrixStore.PollRef(eventId, roomId, poll.key(), poll.options().size(), PollEvents.maxSelections(poll)));
                log.debug("Poll {} started in Matrix room {} as {}", poll.key(), roomId, eventId);
                return new DeliveryResult.Sent(eventId);
            }
            Optional<String> start = store.pollStart(poll.key(), roomId);
            if (start.isPresent()) {
                ObjectNode end = PollEvents.end(client.json(), start.get(), MessageContent.plain(content));
                session.authorized(() -> client.send(roomId, PollEvents.END, txnId + "-end", end));
            }
        }
        Optional<Attachment> file = content.file().filter(attached -> attached.bytes() != null);
        String uri = null;
        if (file.isPresent()) {
            // uploaded first: a file the server refuses is refused before anything of the message went out
            try {
                uri = upload(file.get());
            } catch (MatrixException refused) {
                if (refused.status() == 413 || "M_TOO_LARGE".equals(refused.errcode())) {
                    log.debug("The homeserver refused the file of outbox row {}: {}", outbound.id(), refused.getMessage());
                    return new DeliveryResult.FileRefused(DeliveryFailure.of(Reason.TOO_LARGE, refused.status()));
                }
                throw refused;
            }
        }
        String eventId = null;
        if (file.isEmpty() || !content.text().isBlank()) {
            ObjectNode message = MessageContent.of(client.json(), content);
            eventId = session.authorized(() -> client.send(roomId, "m.room.message", txnId, message));
        }
        if (file.isPresent()) {
            // the file after the text, under its own transaction id: a retry sends neither twice
            ObjectNode event = MessageContent.file(client.json(), file.get(), uri, file.get().bytes().length);
            String fileEvent = session.authorized(() -> client.send(roomId, "m.room.message", txnId + "-file", event));
            eventId = eventId == null ? fileEvent : eventId;
        }
        return new DeliveryResult.Sent(eventId);
    }

    private String upload(Attachment file) throws IOException, InterruptedException {
        String type = file.mediaType();
        return session.authorized(() -> client.upload(type, file.fileName(), file.content()));
    }

    private static String fallback(Content content, PollPresentation poll) {
        String text = MessageContent.plain(content);
        if (!text.isBlank()) {
            return text;
        }
        StringBuilder out = new StringBuilder(poll.question());
        for (int index = 0; index < poll.options().size(); index++) {
            out.append('\n').append(index + 1).append(". ").append(poll.options().get(index));
        }
        return out.toString();
    }

    /**
     * The homeserver's answer as Tresse's reason, with the HTTP status; its own {@code error} text is
     * for the log only.
     */
    private static DeliveryResult failure(Outbound outbound, MatrixException e) {
        if (e.isRateLimit()) {
            return new DeliveryResult.RetryAfter(e.retryAfter().orElse(RetryAfter.UNSPECIFIED));
        }
        int status = Math.max(e.status(), 0);
        if (e.isServerError() || e.status() < 400) {
            log.debug("Outbox row {} not taken by the homeserver for now: {}", outbound.id(), e.getMessage());
            return new DeliveryResult.Transient(DeliveryFailure.of(Reason.UNAVAILABLE, status));
        }
        log.warn("Outbox row {} refused by the homeserver: {}", outbound.id(), e.getMessage());
        if (e.isBadToken()) {
            return new DeliveryResult.Permanent(DeliveryFailure.of(Reason.ACCOUNT_REFUSED, status));
        }
        Reason reason = switch (e.errcode()) {
            case MatrixException.FORBIDDEN -> Reason.FORBIDDEN;
            case "M_NOT_FOUND", "M_UNKNOWN_ROOM" -> Reason.NOT_FOUND;
            case "M_TOO_LARGE" -> Reason.TOO_LARGE;
            default -> status == 413 ? Reason.TOO_LARGE : status == 403 ? Reason.FORBIDDEN : Reason.REFUSED;
        };
        return new DeliveryResult.Permanent(DeliveryFailure.of(reason, status));
    }
}
