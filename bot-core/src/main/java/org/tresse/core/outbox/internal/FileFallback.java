package org.tresse.core.outbox.internal;

import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.channel.Connector;
import org.tresse.core.channel.DeliveryResult;
import org.tresse.core.channel.Outbound;
import org.tresse.core.message.Attachment;
import org.tresse.core.message.Content;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.outbox.OutboxRow;
import org.tresse.core.store.Database;

/**
 * A row's file on its way to one channel: read back from the store where the channel carries files,
 * else replaced by what the file's {@code instead} says (a link, usually). A file gone from the store
 * goes the same way, and so does a file the channel refuses ({@link DeliveryResult.FileRefused}): the
 * row then says {@code instead} for good and is sent again at once, without it.
 */
final class FileFallback {
    private static final Logger log = LoggerFactory.getLogger(FileFallback.class);

    private final Connector connector;
    private final Database database;
    private final Outbox outbox;

    FileFallback(Connector connector, Database database, Outbox outbox) {
        this.connector = connector;
        this.database = database;
        this.outbox = outbox;
    }

    /**
     * Sends {@code row} with {@code send}, its file read back or said instead; a refused file is
     * dropped and the row sent without it. Refused even then, the row has failed for good.
     */
    DeliveryResult deliver(OutboxRow row, Function<Outbound, DeliveryResult> send) {
        Outbound outbound = withFile(row);
        DeliveryResult result = send.apply(outbound);
        if (result instanceof DeliveryResult.FileRefused refused && outbound.content().file().isPresent()) {
            Attachment file = outbound.content().file().orElseThrow();
            log.warn("{} refused the file {} ({} bytes) of outbox row {} ({}); sending what it says instead", channel(),
                    file.fileName(), file.bytes() == null ? 0 : file.bytes().length, outbound.id(), refused.reason());
            Content without = outbound.content().withoutFile();
            database.useTransaction(handle -> outbox.dropFile(handle, row, without));
            result = send.apply(new Outbound(outbound.id(), outbound.destination(), without, outbound.attempt(), outbound.leavesNoTrace()));
        }
        if (result instanceof DeliveryResult.FileRefused again) {
            // refused even without a file: the message itself is too large, or the service's reason stands
            return new DeliveryResult.Permanent(again.reason());
        }
        return result;
    }

    /** The row as the connector gets it: with its file's bytes where the channel carries files, else without the file. */
    private Outbound withFile(OutboxRow row) {
        Outbound outbound = row.outbound();
        Content content = outbound.content();
        if (content.file().isEmpty()) {
            return outbound;
        }
        Optional<byte[]> bytes = connector.capabilities().files()
                ? database.inTransaction(handle -> outbox.fileOf(handle, outbound.id())) : Optional.empty();
        if (bytes.isEmpty() && connector.capabilities().files()) {
            log.warn("The file {} of outbox row {} on {} is no longer stored; sending what it says instead",
                    content.file().get().fileName(), outbound.id(), channel());
        }
        Content sent = bytes.map(content::withFileBytes).orElseGet(content::withoutFile);
        return new Outbound(outbound.id(), outbound.destination(), sent, outbound.attempt(), outbound.leavesNoTrace());
    }

    private String channel() {
        return connector.channel();
    }
}
