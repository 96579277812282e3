package org.tresse.core.secret;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-GCM with a fresh 12-byte nonce before the ciphertext, optionally bound to some bytes (AAD). */
public final class Aead {
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private Aead() {}

    /** A 256-bit AES key. */
    public static SecretKeySpec key(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }

    /** {@code HMAC-SHA256(secret, purpose)}: a key for one purpose that tells nothing of {@code secret}. */
    public static byte[] derive(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** Nonce and ciphertext of {@code plain}; {@code binding} (may be null) must be given again to open it. */
    public static byte[] seal(SecretKeySpec key, byte[] binding, byte[] plain, SecureRandom random) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            if (binding != null) {
                cipher.updateAAD(binding);
            }
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is part of every JDK", impossible);
        }
    }

    /**
     * What {@link #seal} sealed.
     *
     * @throws GeneralSecurityException another key, another binding, or damaged
     */
    public static byte[] open(SecretKeySpec key, byte[] binding, byte[] sealed) throws GeneralSecurityException {
        if (sealed.length < NONCE + TAG_BITS / 8) {
            throw new GeneralSecurityException("too short");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
        if (binding != null) {
            cipher.updateAAD(binding);
        }
        return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
    }
}
