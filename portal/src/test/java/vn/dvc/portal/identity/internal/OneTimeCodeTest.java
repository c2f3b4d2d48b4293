package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.identity.internal.OneTimeCode.Outcome;

/** One-time codes: 10 minutes, 5 attempts, single use. */
class OneTimeCodeTest {

    static final Instant ISSUED = Instant.parse("2026-11-28T02:00:00Z");

    @Test
    void theRightCodeWithinTenMinutesIsAccepted() {
        assertThat(code(0, null, false).check(true, ISSUED.plus(Duration.ofMinutes(9).plusSeconds(59))))
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void expiresAfterTenMinutes() {
        assertThat(code(0, null, false).check(true, ISSUED.plus(Duration.ofMinutes(10)))).isEqualTo(Outcome.EXPIRED);
        assertThat(code(0, null, false).check(false, ISSUED.plus(Duration.ofHours(1)))).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void aWrongCodeCountsAndAfterFiveTriesEvenTheRightOneIsRefused() {
        Instant now = ISSUED.plusSeconds(30);
        for (int attempts = 0; attempts < OneTimeCode.MAX_ATTEMPTS; attempts++) {
            OneTimeCode code = code(attempts, null, false);
            assertThat(code.check(false, now)).isEqualTo(Outcome.WRONG);
            assertThat(code.attemptsLeftAfterWrongTry()).isEqualTo(OneTimeCode.MAX_ATTEMPTS - attempts - 1);
        }
        assertThat(code(5, null, false).check(true, now)).isEqualTo(Outcome.TOO_MANY_ATTEMPTS);
    }

    @Test
    void isUsableOnceAndNotAfterANewCodeWasSent() {
        Instant now = ISSUED.plusSeconds(60);
        assertThat(code(1, ISSUED.plusSeconds(30), false).check(true, now)).isEqualTo(Outcome.USED);
        assertThat(code(0, null, true).check(true, now)).isEqualTo(Outcome.USED);
    }

    private static OneTimeCode code(int attempts, Instant usedAt, boolean revoked) {
        return new OneTimeCode(UUID.randomUUID(), UUID.randomUUID(), new byte[32],
                ISSUED.plus(OneTimeCode.LIFETIME), attempts, usedAt, revoked);
    }
}
