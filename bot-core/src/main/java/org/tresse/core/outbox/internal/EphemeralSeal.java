package org.tresse.core.outbox.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals what an {@code EPHEMERAL} outbox row says and whom it goes to, under a key that lives in
 * this process's memory only: the row, and every stale page of it the database file keeps, is
 * unreadable by anyone once this run ends. A row sealed by another run (before a crash, or by
 * another instance) cannot be opened here.
 */
public final class EphemeralSeal {
    /** How a sealed value starts: then the key's id, a colon, base64 of nonce and ciphertext. */
    public static final String PREFIX = "sealed:";
    private static final int NONCE = 12;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random;

    private EphemeralSeal(byte[] key, String keyId, SecureRandom random) {
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = keyId;
        this.random = random;
    }

    /** A seal under a fresh random key. */
    public static EphemeralSeal random() {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[32];
        random.nextBytes(key);
        byte[] id = new byte[6];
        random.nextBytes(id);
        return new EphemeralSeal(key, HexFormat.of().formatHex(id), random);
    }

    /** What starts every value this seal makes: to tell its rows from those of other runs. */
    public String mine() {
        return PREFIX + keyId + ":";
    }

    public String seal(String text) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return mine() + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is part of every JDK", impossible);
        }
    }

    /** The text, if this seal made {@code value}; empty for another run's. */
    public Optional<String> open(String value) {
        if (!value.startsWith(mine())) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(value.substring(mine().length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE));
            return Optional.of(new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }
}
