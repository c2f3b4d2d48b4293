package vn.dvc.portal.platform.internal.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.portal.platform.IdempotencyKeyReused;
import vn.dvc.portal.platform.IdempotencyKeys;

/**
 * {@link IdempotencyKeys} on the table {@code platform_idempotency_key}, one row per client and key. A request
 * takes a transaction-scoped advisory lock on its client and key first, so a second request with the same key waits
 * until the first has committed or rolled back, and then reads its row (or, after a rollback, runs itself); the row
 * is inserted in the same transaction as the action's effects, so an answer is kept exactly when its effects are.
 * The primary key backs the lock: two inserts of one key can never both commit. Rows older than
 * {@link #RETENTION} count as absent and are removed every hour.
 */
@Component
class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JdbcIdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    private record Kept(byte[] requestHash, int status, @Nullable String contentType, @Nullable String location,
                        byte[] body) {
    }

    @Override
    public Answer once(String client, String key, byte[] requestHash, Supplier<Answer> action) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("an idempotency key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
        Answer answer = transactions.execute(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", lock(client, key)).query((rs, n) -> 1).list();
            Instant now = clock.instant();
            Optional<Kept> kept = jdbc.sql("""
                            SELECT request_hash, status, content_type, location, body FROM platform_idempotency_key
                            WHERE client = :client AND idempotency_key = :key AND created_at > :since""")
                    .param("client", client).param("key", key).param("since", Timestamp.from(now.minus(RETENTION)))
                    .query((rs, n) -> new Kept(rs.getBytes("request_hash"), rs.getInt("status"),
                            rs.getString("content_type"), rs.getString("location"), rs.getBytes("body")))
                    .optional();
            if (kept.isPresent()) {
                if (!MessageDigest.isEqual(kept.get().requestHash(), requestHash)) {
                    throw new IdempotencyKeyReused("the key was used for a different request");
                }
                return replay(kept.get());
            }
            Answer first = action.get();
            if (!first.succeeded()) {
                tx.setRollbackOnly();
                return first;
            }
            // an expired row of this key is replaced
            jdbc.sql("DELETE FROM platform_idempotency_key WHERE client = :client AND idempotency_key = :key")
                    .param("client", client).param("key", key).update();
            jdbc.sql("""
                            INSERT INTO platform_idempotency_key
                              (client, idempotency_key, request_hash, status, content_type, location, body, created_at)
                            VALUES (:client, :key, :hash, :status, :type, :location, :body, :at)""")
                    .param("client", client).param("key", key).param("hash", requestHash)
                    .param("status", first.status())
                    .param("type", first.headers().get(HttpHeaders.CONTENT_TYPE))
                    .param("location", first.headers().get(HttpHeaders.LOCATION))
                    .param("body", first.body()).param("at", Timestamp.from(now)).update();
            return first;
        });
        if (answer == null) {
            throw new IllegalStateException("no answer");
        }
        return answer;
    }

    private static Answer replay(Kept kept) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (kept.contentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, kept.contentType());
        }
        if (kept.location() != null) {
            headers.put(HttpHeaders.LOCATION, kept.location());
        }
        return new Answer(kept.status(), headers, kept.body(), true);
    }

    /** The advisory lock's number: the first 8 bytes of SHA-256 over the client and the key. */
    static long lock(String client, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (client + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(Arrays.copyOf(digest, Long.BYTES)).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes the answers kept longer than {@link #RETENTION}. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void removeExpired() {
        jdbc.sql("DELETE FROM platform_idempotency_key WHERE created_at <= :since")
                .param("since", Timestamp.from(clock.instant().minus(RETENTION))).update();
    }
}
