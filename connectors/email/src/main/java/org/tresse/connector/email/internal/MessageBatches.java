package org.tresse.connector.email.internal;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fetching and flagging mail a batch at a time, to spare round trips to the server. */
final class MessageBatches {
    private static final Logger log = LoggerFactory.getLogger(MessageBatches.class);
    private static final int PREFETCH_BYTES = 64 * 1024;

    private MessageBatches() {}

    /**
     * Fetches the headers and structure of a batch, and the whole of its small mails, in two
     * commands, so that reading them costs no further round trip; big ones are read part by part,
     * attachments never fetched. Only an optimisation: if the server refuses, each mail is read
     * on its own, so that one broken mail can't block the others.
     */
    static void prefetch(IMAPFolder folder, Message[] batch) throws MessagingException {
        try {
            folder.fetch(batch, profile());
            prefetchSmall(folder, batch);
        } catch (MessagingException | RuntimeException e) {
            if (!folder.isOpen()) {
                throw new FolderClosedException(folder, "connection lost while fetching mail");
            }
            log.info("Fetching a batch of mail failed ({}); reading each mail on its own", e.toString());
        }
    }

    private static void prefetchSmall(IMAPFolder folder, Message[] batch) throws MessagingException {
        List<Message> small = new ArrayList<>();
        for (Message message : batch) {
            int size = message.getSize();
            if (size >= 0 && size <= PREFETCH_BYTES) {
                small.add(message);
            }
        }
        if (!small.isEmpty()) {
            FetchProfile whole = new FetchProfile();
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            folder.fetch(small.toArray(Message[]::new), whole);
        }
    }

    /**
     * Flags handled mail \Seen, or moves it, in one command for the batch. After a crash before
     * this, the mail stays unflagged but is not read again: the committed cursor is past it.
     */
    static void markHandled(IMAPFolder folder, List<Message> handled, String processedFolder) {
        if (handled.isEmpty() || !folder.isOpen()) {
            return;
        }
        Message[] messages = handled.toArray(Message[]::new);
        try {
            folder.setFlags(messages, new Flags(Flags.Flag.SEEN), true);
            if (processedFolder == null) {
                return;
            }
            Folder target = folder.getStore().getFolder(processedFolder);
            if (!target.exists()) {
                target.create(Folder.HOLDS_MESSAGES);
            }
            if (folder.getStore() instanceof IMAPStore store && store.hasCapability("MOVE")) {
                folder.moveMessages(messages, target);
            } else {
                folder.copyMessages(messages, target);
                folder.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
                folder.expunge(messages);
            }
        } catch (MessagingException | RuntimeException e) {
            log.warn("Handled mail could not be flagged or moved ({}); it will not be read again", e.toString());
        }
    }

    /** UID, flags, structure and every header of a batch, in one round trip. */
    private static FetchProfile profile() {
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(FetchProfile.Item.CONTENT_INFO);
        profile.add(IMAPFolder.FetchProfileItem.HEADERS);
        profile.add(FetchProfile.Item.SIZE);
        return profile;
    }
}
