package org.tresse.core.outbox.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.tresse.core.outbox.ReceiptSeal;
import org.tresse.core.secret.Aead;

/**
 * Seals what an {@code EPHEMERAL} outbox row says and whom it goes to, under a key that lives in
 * this process's memory only: the row, and every stale page of it the database file keeps, is
 * unreadable by anyone once this run ends. A row sealed by another run (before a crash, or by
 * another instance) cannot be opened here.
 */
public final class EphemeralSeal implements ReceiptSeal {
    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random;

    private EphemeralSeal(byte[] key, String keyId, SecureRandom random) {
        this.key = Aead.key(key);
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

    @Override
    public String seal(String text) {
        return mine() + Base64.getEncoder().encodeToString(Aead.seal(key, null, text.getBytes(StandardCharsets.UTF_8), random));
    }

    @Override
    public Optional<String> open(String value) {
        if (!value.startsWith(mine())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Aead.open(key, null, Base64.getDecoder().decode(value.substring(mine().length()))),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }
}
