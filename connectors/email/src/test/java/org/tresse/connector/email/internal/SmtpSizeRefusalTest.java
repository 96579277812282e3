package org.tresse.connector.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.channel.DeliveryFailure.Reason;
import org.tresse.core.channel.DeliveryResult;

/** A server refusing a mail as too large (552, RFC 1870) refuses its file: the outbox sends it again without. */
class SmtpSizeRefusalTest {
    @Test
    void a_552_is_a_refused_file_and_other_5xx_stay_permanent() {
        MessagingException tooLarge = new MessagingException("refused", new SMTPSendFailedException("DATA", 552,
                "552 5.3.4 Message size exceeds fixed maximum message size", null, null, null, null));
        MessagingException unknown = new MessagingException("refused", new SMTPSendFailedException("RCPT", 550,
                "550 5.1.1 No such user", null, null, null, null));

        assertThat(SmtpSender.classify(tooLarge)).isEqualTo(new DeliveryResult.FileRefused(DeliveryFailure.of(Reason.TOO_LARGE, 552)));
        assertThat(SmtpSender.classify(unknown)).isEqualTo(new DeliveryResult.Permanent(DeliveryFailure.of(Reason.ADDRESS_REFUSED, 550)));
    }
}
