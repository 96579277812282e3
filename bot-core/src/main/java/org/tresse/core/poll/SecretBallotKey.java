package org.tresse.core.poll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that keeps a secret ballot secret, kept OUTSIDE the database (a file in the data
 * directory, created on first use; injected in tests). While a secret poll is open:
 * <ul>
 *   <li>a ballot row is found by {@code HMAC(key, poll:person)}, never by the person's id, so a
 *       person can change their vote but the database alone cannot say whose row it is;</li>
 *   <li>its content is sealed (AES-GCM, a fresh nonce each time, bound to the poll and the row):
 *       even a row the database links to its writer (PostgreSQL's {@code xmin} ties it to the
 *       inbound log of the same transaction) shows nothing of the choice.</li>
 * </ul>
 * At close, the ballots are opened, shuffled and rewritten without any key: from then on nobody,
 * key or not, can join a person to their choice. Back this file up with the database: without it
 * an open secret poll cannot be counted.
 */
public final class SecretBallotKey {
    /** The file name in the data directory. */
    public static final String FILE_NAME = "ballot.key";
    private static final Logger log = LoggerFactory.getLogger(SecretBallotKey.class);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec voterKey;
    private volatile SecretKeySpec sealKey;
    /** Cipher and Mac instances are costly to get and not thread-safe: one of each per thread. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(SecretBallotKey::newCipher);
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private SecretBallotKey(Path file, byte[] master) {
        this.file = file;
        if (master != null) {
            derive(master);
        }
    }

    /** A key from bytes (tests, tools); at least 32 bytes. */
    public static SecretBallotKey of(byte[] master) {
        if (master.length < KEY_BYTES) {
            throw new IllegalArgumentException("a ballot key has at least " + KEY_BYTES + " bytes");
        }
        return new SecretBallotKey(null, master.clone());
    }

    /** The key in {@code directory/ballot.key}, read or created (readable by its owner only) on first use. */
    public static SecretBallotKey inDirectory(Path directory) {
        return new SecretBallotKey(directory.resolve(FILE_NAME), null);
    }

    /** The row key of {@code personId}'s ballot in poll {@code pollId}: 43 characters, no way back. */
    public String voterKey(long pollId, long personId) {
        byte[] digest = macs.get().doFinal((pollId + ":" + personId).getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** Seals {@code plaintext} for the row {@code voterKey} of poll {@code pollId}. */
    public String seal(long pollId, String voterKey, String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, sealKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(binding(pollId, voterKey));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Opens what {@link #seal} sealed; fails if it was sealed with another key or for another row. */
    public String open(long pollId, String voterKey, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, sealKey(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(binding(pollId, voterKey));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a secret ballot of poll " + pollId
                    + " cannot be opened: the ballot key is not the one it was sealed with", e);
        }
    }

    private static byte[] binding(long pollId, String voterKey) {
        return (pollId + "/" + voterKey).getBytes(StandardCharsets.US_ASCII);
    }

    private SecretKeySpec sealKey() {
        load();
        return sealKey;
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private Mac newMac() {
        load();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(voterKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private void load() {
        if (voterKey == null) {
            synchronized (this) {
                if (voterKey == null) {
                    derive(readOrCreate(file));
                }
            }
        }
    }

    private void derive(byte[] master) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            byte[] seal = mac.doFinal("tresse ballot seal".getBytes(StandardCharsets.US_ASCII));
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            byte[] voter = mac.doFinal("tresse ballot voter".getBytes(StandardCharsets.US_ASCII));
            this.sealKey = new SecretKeySpec(seal, "AES");
            this.voterKey = new SecretKeySpec(voter, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private byte[] readOrCreate(Path path) {
        try {
            if (!Files.exists(path)) {
                create(path);
            }
            byte[] master = Base64.getDecoder().decode(Files.readString(path, StandardCharsets.US_ASCII).strip());
            if (master.length < KEY_BYTES) {
                throw new IllegalStateException("the ballot key file " + path + " is damaged (too short)");
            }
            return master;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ballot key file " + path, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the ballot key file " + path + " is damaged (not base64)", e);
        }
    }

    private void create(Path path) throws IOException {
        byte[] master = new byte[KEY_BYTES];
        random.nextBytes(master);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        try {
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(path, Base64.getEncoder().encodeToString(master) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        log.info("Created the secret ballot key {}; back it up with the database", path);
    }
}
