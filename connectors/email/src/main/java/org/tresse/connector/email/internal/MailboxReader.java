package org.tresse.connector.email.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.connector.email.Bounces;
import org.tresse.core.channel.Failures;
import org.tresse.core.channel.InboundSink;
import org.tresse.core.channel.Receipt;
import org.tresse.core.message.Cursor;
import org.tresse.core.store.StorageException;

/**
 * Reads the new mail of an open folder, in UID order, exactly once: each mail's cursor
 * ({@code uidvalidity:uid}) is committed with it by the engine, and only then is the mail
 * flagged \Seen or moved. After a UIDVALIDITY change (or on the very first start) the unseen
 * mail is read again; Message-IDs keep the engine from handling a mail twice.
 */
public final class MailboxReader {
    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);
    private static final int BATCH = 50;

    private final InboundSink sink;
    private final InboundMapper mapper;
    private final ThreadStore threads;
    private final Bounces bounces;
    private final String processedFolder;

    public MailboxReader(InboundSink sink, InboundMapper mapper, ThreadStore threads, Bounces bounces,
            String processedFolder) {
        this.sink = sink;
        this.mapper = mapper;
        this.threads = threads;
        this.bounces = bounces;
        this.processedFolder = processedFolder;
    }

    /** Handles every mail not handled yet; returns when a listing finds nothing new. */
    public void catchUp(IMAPFolder folder, BooleanSupplier running) throws MessagingException {
        String key = MailboxCursor.key(folder.getFullName());
        long uidValidity = folder.getUIDValidity();
        MailboxCursor cursor = sink.cursor(InboundMapper.CHANNEL, key).flatMap(MailboxCursor::parse).orElse(null);
        if (cursor == null || cursor.uidValidity() != uidValidity) {
            cursor = restart(folder, key, cursor, uidValidity, running);
        }
        while (running.getAsBoolean()) {
            long last = cursor.uid();
            List<Message> fresh = new ArrayList<>();
            for (Message message : folder.getMessagesByUID(last + 1, UIDFolder.LASTUID)) {
                if (message != null && folder.getUID(message) > last) {
                    fresh.add(message);
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            cursor = handleAll(folder, fresh, uidValidity, cursor, running);
        }
    }

    /** No usable cursor: handle the unseen mail present now, then go on by UID after the highest one. */
    private MailboxCursor restart(IMAPFolder folder, String key, MailboxCursor previous, long uidValidity,
            BooleanSupplier running) throws MessagingException {
        if (previous == null) {
            log.info("First reading of mailbox folder {}: handling its unseen mail", folder.getFullName());
        } else {
            log.warn("The UIDVALIDITY of folder {} changed ({} -> {}): handling its unseen mail again;"
                    + " Message-IDs prevent doubles", folder.getFullName(), previous.uidValidity(), uidValidity);
        }
        int count = folder.getMessageCount();
        long highest = count == 0 ? 0 : folder.getUID(folder.getMessage(count));
        List<Message> unseen = new ArrayList<>(Arrays.asList(folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))));
        FetchProfile uids = new FetchProfile();
        uids.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(unseen.toArray(Message[]::new), uids);
        unseen.removeIf(message -> uidOf(folder, message) > highest);
        MailboxCursor cursor = handleAll(folder, unseen, uidValidity, new MailboxCursor(uidValidity, 0), running);
        if (cursor.uid() < highest && running.getAsBoolean()) {
            cursor = new MailboxCursor(uidValidity, highest);
            sink.saveCursor(InboundMapper.CHANNEL, new Cursor(key, cursor.value()));
        }
        return cursor;
    }

    private MailboxCursor handleAll(IMAPFolder folder, List<Message> messages, long uidValidity, MailboxCursor start,
            BooleanSupplier running) throws MessagingException {
        messages.sort(Comparator.comparingLong(message -> uidOf(folder, message)));
        MailboxCursor cursor = start;
        for (int from = 0; from < messages.size() && running.getAsBoolean(); from += BATCH) {
            Message[] batch = messages.subList(from, Math.min(messages.size(), from + BATCH)).toArray(Message[]::new);
            MessageBatches.prefetch(folder, batch);
            List<Message> handled = new ArrayList<>();
            try {
                for (Message message : batch) {
                    if (!running.getAsBoolean()) {
                        break;
                    }
                    long uid = folder.getUID(message);
                    if (handle(folder, (MimeMessage) message, uidValidity, uid)) {
                        handled.add(message);
                    }
                    cursor = new MailboxCursor(uidValidity, uid);
                }
            } finally {
                MessageBatches.markHandled(folder, handled, processedFolder);
            }
        }
        return cursor;
    }

    /** Hands one mail over; false if it could not be read and is left as it is. */
    private boolean handle(IMAPFolder folder, MimeMessage message, long uidValidity, long uid) throws MessagingException {
        Cursor cursor = new Cursor(MailboxCursor.key(folder.getFullName()), new MailboxCursor(uidValidity, uid).value());
        ReceivedMail mail;
        try {
            mail = MailReader.read(message);
        } catch (MessagingException | RuntimeException | Error e) {
            if (!folder.isOpen()) {
                throw new FolderClosedException(folder, "connection lost while reading a mail");
            }
            log.warn("Mail UID {} of {} could not be read; it is left unflagged in the mailbox for a person to see",
                    uid, folder.getFullName(), e);
            sink.saveCursor(InboundMapper.CHANNEL, cursor);
            return false;
        }
        if (!folder.isOpen()) {
            throw new FolderClosedException(folder, "connection lost while reading a mail");
        }
        String eventId = mail.messageId() != null ? mail.messageId()
                : "imap:" + Digest.of(folder.getFullName() + ":" + uidValidity + ":" + uid);
        MailDecision decision;
        try {
            decision = mapper.map(mail, eventId);
        } catch (RuntimeException | Error e) {
            log.error("Mail UID {} of {} could not be understood; it is left unflagged in the mailbox for a person to see: {}",
                    uid, folder.getFullName(), Failures.summary(e), Failures.traceOf(e));
            sink.saveCursor(InboundMapper.CHANNEL, cursor);
            return false;
        }
        if (decision instanceof MailDecision.Deliver deliver) {
            if (mail.messageId() != null) {
                threads.remember(mail.messageId(), mail.subject(), mail.references());
            }
            Receipt receipt;
            try {
                receipt = sink.receive(deliver.inbound().withCursor(cursor));
            } catch (StorageException e) {
                if (!isDataError(e)) {
                    throw e;
                }
                log.error("Mail UID {} of {} was refused by the database; it is left unflagged for a person to see",
                        uid, folder.getFullName(), e);
                sink.saveCursor(InboundMapper.CHANNEL, cursor);
                return false;
            } catch (RuntimeException | Error e) {
                log.error("Mail UID {} of {} could not be handled; it is left unflagged for a person to see: {}",
                        uid, folder.getFullName(), Failures.summary(e), Failures.traceOf(e));
                sink.saveCursor(InboundMapper.CHANNEL, cursor);
                return false;
            }
            if (receipt == Receipt.DUPLICATE) {
                // the engine stores no cursor for a mail it already had (same Message-ID)
                sink.saveCursor(InboundMapper.CHANNEL, cursor);
            }
            log.debug("Mail UID {} handled: {}", uid, receipt);
        } else if (decision instanceof MailDecision.RecordBounce bounce) {
            recordBounce(eventId, bounce);
            sink.saveCursor(InboundMapper.CHANNEL, cursor);
        } else if (decision instanceof MailDecision.Ignore ignore) {
            log.debug("Mail UID {} not answered: {}", uid, ignore.reason());
            sink.saveCursor(InboundMapper.CHANNEL, cursor);
        }
        return true;
    }

    /**
     * Counts a failure for the address whose return path the notice came back to, whatever
     * recipient the notice names (a forwarded address, or a forger's choice): the return path was
     * made for one address and seen only by its servers.
     */
    private void recordBounce(String eventId, MailDecision.RecordBounce bounce) {
        List<Bounces.Failure> failures = bounce.report().failures();
        if (failures.isEmpty()) {
            return;
        }
        Bounces.Failure worst = failures.stream().filter(Bounces.Failure::hard).findFirst().orElse(failures.get(0));
        if (bounces.record(eventId, List.of(new Bounces.Failure(bounce.address(), worst.status(), worst.hard())))) {
            log.info("Delivery failure notice recorded ({})", worst.status());
        }
    }

    /** SQL state class 22 (data exception): this mail can never be stored, unlike a database that is down. */
    private static boolean isDataError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static long uidOf(IMAPFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("no UID for a message", e);
        }
    }
}
