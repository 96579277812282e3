package org.tresse.connector.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SenderTrustTest {
    private static final String OWN_RECEIVED = "from mail.example.org (mail.example.org [192.0.2.1]) by mx.tresse.test"
            + " (Postfix) with ESMTPS id 4Xyz; Mon, 4 Mar 2024 10:00:00 +0100";
    private final SenderTrust trust = new SenderTrust("mx.tresse.test");

    /** The server's own results above its Received line: what a trustworthy server writes. */
    private boolean vouches(String fromDomain, String... results) {
        List<SenderTrust.TraceField> trace = new ArrayList<>();
        for (String result : results) {
            trace.add(ar(result));
        }
        trace.add(received(OWN_RECEIVED));
        return trust.vouchesFor(trace, fromDomain);
    }

    private static SenderTrust.TraceField ar(String value) {
        return new SenderTrust.TraceField("Authentication-Results", value);
    }

    private static SenderTrust.TraceField received(String value) {
        return new SenderTrust.TraceField("Received", value);
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
        assertThat(new SenderTrust(null).vouchesFor(List.of(ar("mx.tresse.test; dmarc=pass"), received(OWN_RECEIVED)),
                "example.org")).isFalse();
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
    void a_header_below_the_servers_own_received_line_was_written_by_the_sender() {
        List<SenderTrust.TraceField> forged = List.of(received(OWN_RECEIVED),
                ar("mx.tresse.test; dmarc=pass header.from=example.org"),
                received("from laptop by mail.example.org with ESMTPSA"));
        assertThat(trust.vouchesFor(forged, "example.org")).isFalse();
        // the forger also wrote a Received line naming our server: the topmost one is the real one
        List<SenderTrust.TraceField> disguised = List.of(received(OWN_RECEIVED),
                ar("mx.tresse.test; dmarc=pass header.from=example.org"), received(OWN_RECEIVED));
        assertThat(trust.vouchesFor(disguised, "example.org")).isFalse();
        // the server delivered locally (LMTP) after writing its results: still above its own line
        List<SenderTrust.TraceField> local = List.of(received("from mx.tresse.test by imap.tresse.test with LMTP"),
                ar("mx.tresse.test; dmarc=pass header.from=example.org"), received(OWN_RECEIVED));
        assertThat(trust.vouchesFor(local, "example.org")).isTrue();
        // no Received line at all (a mail put in the mailbox by hand): nothing is trusted
        assertThat(trust.vouchesFor(List.of(ar("mx.tresse.test; dmarc=pass")), "example.org")).isFalse();
        // without a line naming our server, only what stands above the topmost Received line counts
        assertThat(trust.vouchesFor(List.of(ar("mx.tresse.test; dmarc=pass"), received("from 127.0.0.1 (HELO x)")),
                "example.org")).isTrue();
        assertThat(trust.vouchesFor(List.of(received("from 127.0.0.1 (HELO x)"), ar("mx.tresse.test; dmarc=pass")),
                "example.org")).isFalse();
    }

    @Test
    void an_explicit_dmarc_result_is_final_whatever_spf_or_dkim_say() {
        assertThat(vouches("mail.example.org", "mx.tresse.test; dkim=pass header.d=mail.example.org;"
                + " spf=pass smtp.mailfrom=a@mail.example.org; dmarc=fail header.from=mail.example.org")).isFalse();
        assertThat(vouches("example.org", "mx.tresse.test; spf=pass smtp.mailfrom=a@example.org;"
                + " dmarc=temperror header.from=example.org")).isFalse();
        assertThat(vouches("example.org", "mx.tresse.test; dmarc=none header.from=example.org;"
                + " dkim=pass header.d=example.org")).isFalse();
    }

    @Test
    void without_dmarc_dkim_or_spf_must_be_for_exactly_the_from_domain() {
        assertThat(vouches("example.org", "mx.tresse.test; dkim=pass header.d=example.org header.s=s1")).isTrue();
        assertThat(vouches("example.org", "mx.tresse.test; dkim=pass header.i=@example.org")).isTrue();
        assertThat(vouches("example.org", "mx.tresse.test; dkim=pass header.i=@mail.example.org")).isFalse();
        assertThat(vouches("lists.example.org", "mx.tresse.test; dkim=pass header.d=example.org")).isFalse();
        assertThat(vouches("example.org", "mx.tresse.test; dkim=pass header.d=mailer.example")).isFalse();
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
        assertThat(SenderTrust.byHost("from a (b [1.2.3.4]) (by mistake) by MX.Tresse.Test. with ESMTP")).hasValue("mx.tresse.test");
    }
}
