package org.tresse.connector.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SenderTrustTest {
    private final SenderTrust trust = new SenderTrust("mx.tresse.test");

    private boolean vouches(String fromDomain, String... headers) {
        return trust.vouchesFor(headers, fromDomain);
    }

    @Test
    void dmarc_pass_from_the_configured_server_is_trusted() {
        assertThat(vouches("example.org", "mx.tresse.test; dmarc=pass (p=none dis=none) header.from=example.org")).isTrue();
        assertThat(vouches("example.org", "MX.Tresse.Test 1; dmarc=pass")).isTrue();
    }

    @Test
    void another_server_or_a_failure_is_not() {
        assertThat(vouches("example.org", "evil.example; dmarc=pass header.from=example.org")).isFalse();
        assertThat(vouches("example.org", "mx.tresse.test; dmarc=fail header.from=example.org")).isFalse();
        assertThat(vouches("example.org", "mx.tresse.test; none")).isFalse();
        assertThat(vouches("example.org", "mx.tresse.test; dmarc=pass header.from=other.example")).isFalse();
        assertThat(new SenderTrust(null).vouchesFor(new String[] {"mx.tresse.test; dmarc=pass"}, "example.org")).isFalse();
    }

    @Test
    void only_the_topmost_header_of_our_server_counts() {
        assertThat(vouches("example.org",
                "mx.tresse.test; dmarc=fail header.from=example.org",
                "mx.tresse.test; dmarc=pass header.from=example.org")).isFalse();
        assertThat(vouches("example.org",
                "relay.example; dmarc=fail",
                "mx.tresse.test; dmarc=pass header.from=example.org")).isTrue();
    }

    @Test
    void dkim_or_spf_pass_must_be_aligned_with_the_from_domain() {
        assertThat(vouches("example.org", "mx.tresse.test; dkim=pass header.d=example.org header.s=s1")).isTrue();
        assertThat(vouches("example.org", "mx.tresse.test; dkim=pass header.i=@mail.example.org")).isTrue();
        assertThat(vouches("lists.example.org", "mx.tresse.test; dkim=pass header.d=example.org")).isTrue();
        assertThat(vouches("example.org", "mx.tresse.test; dkim=pass header.d=mailer.example")).isFalse();
        assertThat(vouches("example.org", "mx.tresse.test; dkim=pass header.d=org")).isFalse();
        assertThat(vouches("example.org", "mx.tresse.test; spf=pass smtp.mailfrom=bounce@example.org")).isTrue();
        assertThat(vouches("example.org", "mx.tresse.test; spf=pass smtp.mailfrom=bounce@esp.example")).isFalse();
    }

    @Test
    void comments_and_quoted_values_do_not_fool_the_parser() {
        assertThat(vouches("example.org", "mx.tresse.test; dkim=fail (dmarc=pass; header.d=example.org) header.d=example.org"))
                .isFalse();
        assertThat(vouches("example.org", "mx.tresse.test (version 2); spf=pass (sender ok) smtp.mailfrom=\"a@example.org\""))
                .isTrue();
        assertThat(vouches("example.org", "mx.tresse.test;\r\n\tarc=none;\r\n\tdmarc=pass header.from=example.org")).isTrue();
    }
}
