package vn.dvc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The back-off: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, then FAILED after the seventh attempt. */
class RetryScheduleTest {

    @Test
    void backsOffAndGivesUpAfterTheLastAttempt() {
        assertThat(RetrySchedule.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(RetrySchedule.delayAfter(2)).contains(Duration.ofMinutes(5));
        assertThat(RetrySchedule.delayAfter(3)).contains(Duration.ofMinutes(30));
        assertThat(RetrySchedule.delayAfter(4)).contains(Duration.ofHours(2));
        assertThat(RetrySchedule.delayAfter(6)).contains(Duration.ofHours(12));
        assertThat(RetrySchedule.delayAfter(RetrySchedule.MAX_ATTEMPTS)).isEmpty();
        assertThat(RetrySchedule.MAX_ATTEMPTS).isEqualTo(7);
        assertThatThrownBy(() -> RetrySchedule.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
