package vn.dvc.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The movable clock: moved on this thread only while the work runs, always restored, never on a request thread. */
class DemoTimeTest {

    static final Instant PAST = Instant.parse("2026-03-02T02:30:00Z");
    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    final Clock clock = DemoTime.over(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")));

    @Test
    void movesThisThreadOnlyAndRestoresEvenAfterAnException() throws Exception {
        assertThat(clock.instant()).isEqualTo(NOW);
        Instant other = DemoTime.at(PAST, () -> CompletableFuture.supplyAsync(clock::instant).join());
        assertThat(other).isEqualTo(NOW);
        assertThat(DemoTime.at(PAST, clock::instant)).isEqualTo(PAST);
        assertThat(DemoTime.at(PAST, () -> DemoTime.at(NOW.plusSeconds(60), clock::instant))).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> DemoTime.runAt(PAST, () -> {
            throw new IllegalArgumentException("boom");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(clock.millis()).isEqualTo(NOW.toEpochMilli());
        assertThat(DemoTime.follows(clock)).isTrue();
        assertThat(DemoTime.follows(Clock.fixed(NOW, ZoneId.of("UTC")))).isFalse();
    }

    @Test
    void refusesToMoveOnARequestThread() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            assertThatThrownBy(() -> DemoTime.at(PAST, clock::instant)).isInstanceOf(IllegalStateException.class);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(clock.instant()).isEqualTo(NOW);
    }
}
