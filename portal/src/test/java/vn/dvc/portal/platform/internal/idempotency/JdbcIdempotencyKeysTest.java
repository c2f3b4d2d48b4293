package vn.dvc.portal.platform.internal.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.portal.platform.IdempotencyKeyReused;
import vn.dvc.portal.platform.IdempotencyKeys;
import vn.dvc.portal.platform.TestClock;

/**
 * The one idempotency primitive on a real PostgreSQL (issue #15): the first request runs and its answer is kept; the
 * same request again gets that answer, marked replayed, and runs nothing; the key with another request is refused;
 * a refused or failed request keeps nothing and undoes its effects, so the key may be tried again; twenty requests
 * with one key at once run once; two clients' keys never meet; a key is new again after 24 hours.
 */
@ApplicationModuleTest
class JdbcIdempotencyKeysTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final TestClock clock = new TestClock(Instant.parse("2026-12-08T02:00:00Z"));

    JdbcIdempotencyKeys keys() {
        return new JdbcIdempotencyKeys(jdbc, transactions, clock);
    }

    static byte[] hash(String request) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static IdempotencyKeys.Answer answer(int status, String body) {
        return new IdempotencyKeys.Answer(status, Map.of("Content-Type", "application/json", "Location", "/x/1"),
                body.getBytes(StandardCharsets.UTF_8), false);
    }

    /** An effect of the action, in the action's transaction: a row of the rate-limit table named after it. */
    void effect(String name) {
        jdbc.sql("INSERT INTO platform_rate_limit (limit_key, window_start, window_end, hits) VALUES (:k, now(), now(), 1)")
                .param("k", name).update();
    }

    int effects(String name) {
        return jdbc.sql("SELECT count(*) FROM platform_rate_limit WHERE limit_key = :k").param("k", name)
                .query(Integer.class).single();
    }

    @Test
    void theSameRequestAgainGetsTheFirstAnswerAndRunsNothing() {
        IdempotencyKeys keys = keys();
        String key = UUID.randomUUID().toString();
        String effect = "idem-test:" + key;
        AtomicInteger runs = new AtomicInteger();
        IdempotencyKeys.Answer first = keys.once("lgsp.yenbai", key, hash("POST /a {1}"), () -> {
            runs.incrementAndGet();
            effect(effect);
            return answer(201, "{\"n\":1}");
        });
        IdempotencyKeys.Answer again = keys.once("lgsp.yenbai", key, hash("POST /a {1}"), () -> {
            runs.incrementAndGet();
            effect(effect);
            return answer(201, "{\"n\":2}");
        });
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.status()).isEqualTo(201);
        assertThat(new String(again.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
        assertThat(again.headers()).containsEntry("Content-Type", "application/json").containsEntry("Location", "/x/1");
        assertThat(runs).hasValue(1);
        assertThat(effects(effect)).isOne();

        assertThatThrownBy(() -> keys.once("lgsp.yenbai", key, hash("POST /a {2}"), () -> {
            runs.incrementAndGet();
            return answer(200, "{}");
        })).isInstanceOf(IdempotencyKeyReused.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRefusedOrFailedRequestKeepsNothingAndUndoesItsEffects() {
        IdempotencyKeys keys = keys();
        String key = UUID.randomUUID().toString();
        String effect = "idem-test:" + key;
        IdempotencyKeys.Answer refused = keys.once("c", key, hash("r"), () -> {
            effect(effect);
            return answer(409, "{\"code\":\"CONFLICT\"}");
        });
        assertThat(refused.status()).isEqualTo(409);
        assertThat(effects(effect)).isZero();
        assertThatThrownBy(() -> keys.once("c", key, hash("r"), () -> {
            effect(effect);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(effects(effect)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_idempotency_key WHERE idempotency_key = :k").param("k", key)
                .query(Integer.class).single()).isZero();

        IdempotencyKeys.Answer done = keys.once("c", key, hash("r"), () -> {
            effect(effect);
            return answer(200, "{}");
        });
        assertThat(done.replayed()).isFalse();
        assertThat(effects(effect)).isOne();
    }

    @Test
    void manyRequestsWithOneKeyAtOnceRunOnce() throws Exception {
        List<IdempotencyKeys> nodes = List.of(keys(), keys());
        String key = UUID.randomUUID().toString();
        String effect = "idem-test:" + key;
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<IdempotencyKeys.Answer>> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            IdempotencyKeys node = nodes.get(i % 2);
            requests.add(() -> {
                start.await();
                return node.once("lgsp.yenbai", key, hash("same"), () -> {
                    runs.incrementAndGet();
                    effect(effect);
                    try {
                        Thread.sleep(50); // the others arrive while it runs
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return answer(200, "{\"run\":" + runs.get() + "}");
                });
            });
        }
        List<IdempotencyKeys.Answer> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<IdempotencyKeys.Answer>> futures = new ArrayList<>();
            for (Callable<IdempotencyKeys.Answer> request : requests) {
                futures.add(pool.submit(request));
            }
            start.countDown();
            for (Future<IdempotencyKeys.Answer> future : futures) {
                answers.add(future.get());
            }
        }
        assertThat(runs).hasValue(1);
        assertThat(effects(effect)).isOne();
        assertThat(answers).filteredOn(a -> !a.replayed()).hasSize(1);
        assertThat(answers).extracting(a -> new String(a.body(), StandardCharsets.UTF_8)).containsOnly("{\"run\":1}");
    }

    @Test
    void twoClientsKeysNeverMeetAndAKeyIsNewAgainAfterItsRetention() {
        IdempotencyKeys keys = keys();
        String key = UUID.randomUUID().toString();
        AtomicInteger runs = new AtomicInteger();
        keys.once("lgsp.yenbai", key, hash("a"), () -> answer(200, "{\"runs\":" + runs.incrementAndGet() + "}"));
        IdempotencyKeys.Answer other = keys.once("sotuphap.hotich", key, hash("b"),
                () -> answer(200, "{\"runs\":" + runs.incrementAndGet() + "}"));
        assertThat(other.replayed()).isFalse();
        assertThat(runs).hasValue(2);

        clock.advance(IdempotencyKeys.RETENTION.plus(Duration.ofMinutes(1)));
        IdempotencyKeys.Answer later = keys.once("lgsp.yenbai", key, hash("c"),
                () -> answer(200, "{\"runs\":" + runs.incrementAndGet() + "}"));
        assertThat(later.replayed()).isFalse();
        assertThat(runs).hasValue(3);

        keys().removeExpired();
        assertThat(jdbc.sql("SELECT created_at FROM platform_idempotency_key WHERE idempotency_key = :k")
                .param("k", key).query(Timestamp.class).list())
                .allSatisfy(at -> assertThat(at.toInstant()).isAfter(clock.instant().minus(IdempotencyKeys.RETENTION)));
    }
}
