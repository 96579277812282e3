package org.tresse.web.page;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tresse.core.message.Identity;
import org.tresse.core.text.Folding;
import org.tresse.web.channel.WebConnector;

/**
 * Who proposes events by the web form, from the address they left: one person per mailbox, so that
 * the proposals waiting for the coordination are counted together however the address is written
 * ({@code Loto@Example.org}, {@code loto+1@example.org}, full-width letters, an invisible character).
 * The identity is an HMAC of the address under a secret of this installation kept outside the
 * database (a subkey of the ballot key): the database alone does not tell whose address it is, nor
 * lets anyone test a guess.
 */
final class ProposerAddresses {
    private static final String PREFIX = "p2-";

    private final Supplier<byte[]> key;
    private volatile SecretKeySpec spec;

    /** @param key the installation's secret, read at the first proposal */
    ProposerAddresses(Supplier<byte[]> key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The person proposing with {@code address}: the same for every spelling of one mailbox. */
    Identity proposer(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(spec());
            byte[] digest = mac.doFinal(normalised(address).getBytes(StandardCharsets.UTF_8));
            return new Identity(WebConnector.CHANNEL, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", missing);
        }
    }

    /**
     * One mailbox, one text: compatibility forms folded (NFKC: full-width letters, ligatures),
     * invisible format characters dropped, lower case, the {@code +tag} of the local part and a
     * trailing dot of the domain removed.
     */
    static String normalised(String address) {
        String folded = Folding.asShown(address).replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        int at = folded.lastIndexOf('@');
        if (at <= 0) {
            return folded;
        }
        String local = folded.substring(0, at);
        String domain = folded.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        while (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return local + "@" + domain;
    }

    private SecretKeySpec spec() {
        if (spec == null) {
            spec = new SecretKeySpec(key.get(), "HmacSHA256");
        }
        return spec;
    }
}
