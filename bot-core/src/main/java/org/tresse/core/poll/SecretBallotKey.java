package org.tresse.core.poll;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.tresse.core.poll.internal.MasterKeyFile;

/**
 * A key that keeps secret ballots secret; never stored in the database. Two kinds:
 * <ul>
 *   <li>the master key, {@code ballot.key} in the data directory (injected in tests): it wraps
 *       the key of each secret poll ({@link BallotKeyring}), and sealed the ballots of polls
 *       opened before each poll had its own;</li>
 *   <li>a poll's own key, destroyed when the poll closes (crypto-shredding).</li>
 * </ul>
 * While a secret poll is open, a ballot row is found by {@code HMAC(key, poll:person)}, never by
 * the person's id, so a person can change their vote but the database alone cannot say whose row
 * it is; its content is sealed (AES-GCM, a fresh nonce each time, bound to the poll and the row).
 * At close the ballots are opened, shuffled and rewritten without any key, and the poll's key is
 * destroyed: the stale pages the database file keeps of the sealed rows can be opened by nobody.
 * Back {@code ballot.key} up once, apart from the database (it never changes); see the README for
 * the poll keys.
 */
public final class SecretBallotKey {
    /** The file name in the data directory. */
    public static final String FILE_NAME = "ballot.key";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec voterKey;
    private volatile SecretKeySpec sealKey;
    private volatile SecretKeySpec wrapKey;
    private volatile String fingerprint;
    private volatile BallotKeyring keyring;
    private volatile byte[] subkeys;
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

    /**
     * A key from bytes whose poll keys are kept in {@code dataDirectory/ballot-keys}: a key given
     * by the environment, several instances on one database sharing that directory.
     */
    public static SecretBallotKey of(byte[] master, Path dataDirectory) {
        if (master.length < KEY_BYTES) {
            throw new IllegalArgumentException("a ballot key has at least " + KEY_BYTES + " bytes");
        }
        return new SecretBallotKey(dataDirectory.resolve(FILE_NAME), master.clone());
    }

    /**
     * The key in {@code directory/ballot.key}, read on first use; created then (readable by its
     * owner only) only if no poll key is kept beside it. {@link BallotKeyCheck} verifies it at start.
     */
    public static SecretBallotKey inDirectory(Path directory) {
        return new SecretBallotKey(directory.resolve(FILE_NAME), null);
    }

    /**
     * The key in {@code directory/ballot.key}, read now; empty if there is none.
     *
     * @throws BallotKeyProblem the file is there but unreadable or damaged
     */
    public static Optional<SecretBallotKey> read(Path directory) {
        Path path = directory.resolve(FILE_NAME);
        return MasterKeyFile.read(path).map(master -> new SecretBallotKey(path, master));
    }

    /** A new random key in {@code directory/ballot.key}; refuses to replace one. */
    public static SecretBallotKey create(Path directory) {
        Path path = directory.resolve(FILE_NAME);
        return new SecretBallotKey(path, MasterKeyFile.create(path));
    }

    /** The row key of {@code personId}'s ballot in poll {@code pollId}: 43 characters, no way back. */
    public String voterKey(long pollId, long personId) {
        byte[] digest = macs.get().doFinal((pollId + ":" + personId).getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** Seals {@code plaintext} for the row {@code voterKey} of poll {@code pollId}. */
    public String seal(long pollId, String voterKey, String plaintext) {
        load();
        try {
            return Base64.getEncoder().encodeToString(
                    encrypt(sealKey, binding(pollId, voterKey), plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Opens what {@link #seal} sealed; fails if it was sealed with another key or for another row. */
    public String open(long pollId, String voterKey, String sealed) {
        load();
        try {
            return new String(decrypt(sealKey, binding(pollId, voterKey), Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a secret ballot of poll " + pollId
                    + " cannot be opened: the ballot key is not the one it was sealed with", e);
        }
    }

    /** A short public trace of this key: equal for the same key, telling nothing of it. */
    public String fingerprint() {
        load();
        return fingerprint;
    }

    /**
     * A key for another use that must be shared like this one and kept outside the database (the
     * outbox's receipt seal): {@code HMAC(master, purpose)}, telling nothing of this key.
     */
    public byte[] subkey(String purpose) {
        load();
        return derived(subkeys, purpose);
    }

    /** The keys of the secret polls this key wraps: one keyring per key. */
    synchronized BallotKeyring keyring() {
        if (keyring == null) {
            keyring = BallotKeyring.create(this);
        }
        return keyring;
    }

    /** The data directory this key lives in; empty for a key given as bytes. */
    Optional<Path> directory() {
        return Optional.ofNullable(file).map(path -> path.getParent() == null ? Path.of(".") : path.getParent());
    }

    /** Seals a poll's own key under this one, bound to the poll. */
    byte[] wrap(long pollId, byte[] pollKey) {
        load();
        try {
            return encrypt(wrapKey, wrapBinding(pollId), pollKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Opens what {@link #wrap} sealed; fails if it was wrapped by another key, for another poll, or damaged. */
    byte[] unwrap(long pollId, byte[] wrapped) {
        load();
        try {
            return decrypt(wrapKey, wrapBinding(pollId), wrapped);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the key of poll " + pollId + " was not wrapped by this ballot key, or is damaged", e);
        }
    }

    private byte[] encrypt(SecretKeySpec key, byte[] binding, byte[] plain) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        Cipher cipher = ciphers.get();
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(binding);
        byte[] sealed = cipher.doFinal(plain);
        return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    }

    private byte[] decrypt(SecretKeySpec key, byte[] binding, byte[] sealed) throws GeneralSecurityException {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("too short");
        }
        Cipher cipher = ciphers.get();
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        cipher.updateAAD(binding);
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private static byte[] binding(long pollId, String voterKey) {
        return (pollId + "/" + voterKey).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] wrapBinding(long pollId) {
        return ("tresse poll key " + pollId).getBytes(StandardCharsets.US_ASCII);
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
                    derive(MasterKeyFile.readOrCreate(file));
                }
            }
        }
    }

    private void derive(byte[] master) {
        this.sealKey = new SecretKeySpec(derived(master, "tresse ballot seal"), "AES");
        this.wrapKey = new SecretKeySpec(derived(master, "tresse ballot wrap"), "AES");
        this.fingerprint = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Arrays.copyOf(derived(master, "tresse ballot fingerprint"), 16));
        this.subkeys = derived(master, "tresse subkeys");
        this.voterKey = new SecretKeySpec(derived(master, "tresse ballot voter"), "HmacSHA256");
    }

    private static byte[] derived(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
