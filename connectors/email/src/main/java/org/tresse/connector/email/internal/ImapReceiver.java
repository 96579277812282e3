package org.tresse.connector.email.internal;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.connector.email.EmailOptions;
import org.tresse.connector.email.EmailOptions;
import org.tresse.connector.email.MailServer;
import org.tresse.connector.email.MailServer;
import org.tresse.core.channel.Failures;
import org.tresse.core.lease.Lease;

/**
 * Receives on two threads of its own: the reader, which connects, reads new mail, then waits in
 * IMAP IDLE (or sleeps for the polling interval when the server has no IDLE, or IDLE failed);
 * and the keep-alive, which ends each IDLE after {@code idleRenewal} so that it is issued again
 * long before servers drop it. A failure closes the connection; the reader connects again after
 * a growing wait.
 */
public final class ImapReceiver {
    private static final Logger log = LoggerFactory.getLogger(ImapReceiver.class);

    private final EmailOptions options;
    private final MailboxReader reader;
    private final Lease intake;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean running;
    private volatile IMAPFolder openFolder;
    private volatile boolean polling;
    private Duration reconnectWait;
    private ExecutorService readerThread;
    private ScheduledExecutorService keepAlive;

    /** @param intake the mailbox's intake lease: only its holder reads the folder */
    public ImapReceiver(EmailOptions options, MailboxReader reader, Lease intake) {
        this.options = options;
        this.reader = reader;
        this.intake = intake;
    }

    public synchronized void start() {
        if (running) {
            throw new IllegalStateException("already started");
        }
        running = true;
        readerThread = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "tresse-email-imap"));
        keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "tresse-email-keepalive"));
        readerThread.execute(this::run);
        long renewal = options.idleRenewal().toMillis();
        keepAlive.scheduleWithFixedDelay(this::renewIdle, renewal, renewal, TimeUnit.MILLISECONDS);
        log.info("Email receiving started on {}:{} folder {}", options.imap().host(), options.imap().port(),
                options.imap().folder());
    }

    /** True while the reader waits in IDLE-less polling mode (for tests and status). */
    public boolean isPolling() {
        return polling;
    }

    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        signal();
        keepAlive.execute(this::renewIdle);
        keepAlive.shutdown();
        readerThread.shutdown();
        try {
            if (!readerThread.awaitTermination(15, TimeUnit.SECONDS)) {
                log.warn("The IMAP reader did not stop within 15 s; closing its connection");
                closeQuietly(openFolder);
                readerThread.shutdownNow();
            }
            if (!keepAlive.awaitTermination(5, TimeUnit.SECONDS)) {
                keepAlive.shutdownNow();
            }
        } catch (InterruptedException e) {
            readerThread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        log.info("Email receiving stopped");
    }

    private void run() {
        reconnectWait = options.reconnectFirst();
        while (running) {
            IMAPStore store = null;
            try {
                OptionalLong term = intake.await(Duration.ofSeconds(5));
                if (term.isEmpty()) {
                    continue;
                }
                store = connect();
                IMAPFolder folder = (IMAPFolder) store.getFolder(options.imap().folder());
                folder.open(Folder.READ_WRITE);
                openFolder = folder;
                log.info("Connected to the mailbox; IDLE {}", store.hasCapability("IDLE") ? "available" : "missing, polling");
                polling = !store.hasCapability("IDLE");
                receive(folder, term.getAsLong());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (MessagingException | RuntimeException e) {
                if (running) {
                    log.warn("Email receiving failed ({}); connecting again in {}", e.toString(), reconnectWait);
                    log.debug("Email receiving failure", e);
                }
            } catch (Error e) {
                // whatever the mailbox threw, the reader lives on: it connects again and reads from the cursor
                if (running) {
                    log.error("Email receiving failed ({}); connecting again in {}", Failures.summary(e), reconnectWait);
                }
            } finally {
                IMAPFolder folder = openFolder;
                openFolder = null;
                closeQuietly(folder);
                closeQuietly(store);
            }
            if (running) {
                pause(reconnectWait);
                Duration doubled = reconnectWait.multipliedBy(2);
                reconnectWait = doubled.compareTo(options.reconnectMax()) > 0 ? options.reconnectMax() : doubled;
            }
        }
    }

    private void receive(IMAPFolder folder, long term) throws MessagingException {
        while (running && folder.isOpen()) {
            if (!intake.holds(term)) {
                log.info("Email receiving pauses: another instance reads this mailbox now");
                return;
            }
            reader.catchUp(folder, () -> running && intake.holds(term));
            reconnectWait = options.reconnectFirst();
            if (!running) {
                return;
            }
            if (polling) {
                pause(options.pollInterval());
                continue;
            }
            try {
                folder.idle(true);
            } catch (MessagingException e) {
                if (!folder.isOpen() || !folder.getStore().isConnected()) {
                    throw e;
                }
                log.info("IMAP IDLE failed ({}); polling every {} instead", e.toString(), options.pollInterval());
                polling = true;
            }
        }
    }

    /** Ends the current IDLE (any command does), so the reader looks for mail and idles again. */
    private void renewIdle() {
        IMAPFolder folder = openFolder;
        if (folder == null || !folder.isOpen()) {
            return;
        }
        try {
            folder.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            log.debug("IMAP keep-alive failed: {}", e.toString());
        }
    }

    private IMAPStore connect() throws MessagingException {
        MailServer server = options.imap();
        Session session = Session.getInstance(properties(server, options.idleRenewal()));
        IMAPStore store = (IMAPStore) session.getStore(server.security() == MailServer.Security.SSL ? "imaps" : "imap");
        store.connect(server.host(), server.port(), server.user(), server.password());
        return store;
    }

    static Properties properties(MailServer server, Duration idleRenewal) {
        String protocol = server.security() == MailServer.Security.SSL ? "imaps" : "imap";
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.put(prefix + "connectiontimeout", "30000");
        // longer than an IDLE lasts: a read that waits longer means the connection is dead
        properties.put(prefix + "timeout", String.valueOf(idleRenewal.plusSeconds(60).toMillis()));
        properties.put(prefix + "peek", "true");
        // raw 8-bit headers are UTF-8 (RFC 6532), not Latin-1: "café", not "cafÃ©"
        properties.put("mail.mime.allowutf8", "true");
        properties.put(prefix + "partialfetch", "true");
        if (server.security() == MailServer.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (server.security() != MailServer.Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private void pause(Duration duration) {
        lock.lock();
        try {
            long remaining = duration.toNanos();
            while (running && remaining > 0) {
                remaining = wake.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private void signal() {
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static void closeQuietly(IMAPFolder folder) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            log.debug("Closing the folder failed: {}", e.toString());
        }
    }

    private static void closeQuietly(IMAPStore store) {
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException | RuntimeException e) {
            log.debug("Closing the mailbox connection failed: {}", e.toString());
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
