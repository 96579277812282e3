package org.tresse.core.outbox.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tresse.core.outbox.Outbox;
import org.tresse.core.outbox.ReceiptSeal;
import org.tresse.core.secret.Aead;
import org.tresse.core.secret.KeyFiles;
import org.tresse.core.store.Handle;

/**
 * Receipt keys every instance on one database can open, kept as files {@code <id>.key} in a directory
 * they all see (never the database: its dead rows, WAL and backups would keep them). Each file holds
 * a random key wrapped under a secret derived from the secret ballots' master key, which comes from
 * the configuration: the database and the directory together open nothing. Each instance seals under
 * a key of its own, a new one every {@link #TURN}; a key no longer used by its maker and that no
 * outbox row needs is destroyed (overwritten, then deleted) by whichever instance sweeps first.
 */
public final class SharedReceiptSeal implements ReceiptSeal {
    /** How long an instance seals under one key. */
    public static final Duration TURN = Duration.ofHours(1);
    /** A key is spared this long after its making: its maker may still be writing a row under it. */
    static final Duration SPARED = TURN.multipliedBy(2);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);
    private static final String SUFFIX = ".key";
    private static final Pattern SEALED = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-f]{24}):");
    private static final Logger log = LoggerFactory.getLogger(SharedReceiptSeal.class);

    private final Path directory;
    private final SecretKeySpec wrap;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> opened = new ConcurrentHashMap<>();
    private Current current;
    private volatile Instant nextSweep = Instant.MIN;

    private record Current(String id, SecretKeySpec key, Instant since) {}

    public SharedReceiptSeal(Path directory, byte[] secret, Clock clock) {
        this.directory = directory;
        this.wrap = Aead.key(Aead.derive(secret, "tresse receipt key wrap"));
        this.clock = clock;
    }

    @Override
    public String seal(String text) {
        Current key = current();
        return PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(
                Aead.seal(key.key(), binding(key.id()), text.getBytes(StandardCharsets.UTF_8), random));
    }

    @Override
    public Optional<String> open(String value) {
        Matcher sealed = SEALED.matcher(value);
        if (!sealed.lookingAt()) {
            return Optional.empty();
        }
        String id = sealed.group(1);
        Optional<SecretKeySpec> key = key(id);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(value.substring(sealed.end()));
            return Optional.of(new String(Aead.open(key.get(), binding(id), bytes), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }

    @Override
    public void sweep(Handle handle, Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        String mine = currentId();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - SUFFIX.length());
                if (id.equals(mine) || !id.matches("[0-9a-f]{24}")
                        || Files.getLastModifiedTime(file).toInstant().isAfter(now.minus(SPARED))) {
                    continue;
                }
                long rows = handle.count("select count(*) from outbox where correlation = ? and content like ?",
                        Outbox.EPHEMERAL, PREFIX + id + ":%");
                if (rows == 0) {
                    KeyFiles.destroy(file);
                    opened.remove(id);
                    log.debug("A receipt key no row needs any more is destroyed");
                }
            }
        } catch (NoSuchFileException none) {
            // no key made yet
        } catch (IOException e) {
            log.warn("The receipt keys in {} could not be swept ({}); trying again later", directory, e.getClass().getSimpleName());
        }
    }

    private synchronized String currentId() {
        return current == null ? null : current.id();
    }

    /** The key this instance seals under now: a new one, made and kept before its first use, every {@link #TURN}. */
    private synchronized Current current() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.since().plus(TURN))) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            byte[] name = new byte[12];
            random.nextBytes(name);
            String id = HexFormat.of().formatHex(name);
            try {
                if (!KeyFiles.create(file(id), Aead.seal(wrap, binding(id), key, random))) {
                    throw new IllegalStateException("a receipt key named " + id + " already exists");
                }
                // its age is read by every instance's sweep, on their clocks: the same as the database's rows
                Files.setLastModifiedTime(file(id), java.nio.file.attribute.FileTime.from(now));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot keep a receipt key in " + directory, e);
            }
            current = new Current(id, Aead.key(key), now);
            opened.put(id, current.key());
        }
        return current;
    }

    private Optional<SecretKeySpec> key(String id) {
        SecretKeySpec known = opened.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Optional<byte[]> wrapped = KeyFiles.read(file(id));
            if (wrapped.isEmpty()) {
                return Optional.empty();
            }
            SecretKeySpec key = Aead.key(Aead.open(wrap, binding(id), wrapped.get()));
            opened.put(id, key);
            return Optional.of(key);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException unreadable) {
            // destroyed meanwhile, damaged, or wrapped under another master key (rotated since)
            log.debug("A receipt key could not be opened ({})", unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private Path file(String id) {
        return directory.resolve(id + SUFFIX);
    }

    private static byte[] binding(String id) {
        return ("tresse receipt " + id).getBytes(StandardCharsets.US_ASCII);
    }
}
