package vn.dvc.portal.feedback.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.PersonalDataProtection;
import vn.dvc.portal.platform.RateLimiter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Anti-spam that does not hurt real people: hourly limits per client address (and per destination of codes),
 * counted by the portal's one counter ({@link RateLimiter}: fixed windows in PostgreSQL, so every node counts
 * the same, and a count survives the refused request), and a one-time code to the phone or e-mail of an
 * anonymous asker. Client addresses, destinations and codes are stored only as keyed hashes.
 */
@Component
class SubmissionGuard {

    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration CODE_LIFETIME = Duration.ofMinutes(15);
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final RateLimiter limiter;
    private final PersonalDataProtection protection;
    private final NotificationPort notifications;
    private final FeedbackProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final TransactionTemplate separately;

    SubmissionGuard(JdbcClient jdbc, RateLimiter limiter, PersonalDataProtection protection,
            NotificationPort notifications, FeedbackProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.limiter = limiter;
        this.protection = protection;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts a submission from the client address; refuses beyond the hourly limit. */
    void countSubmission(String clientAddress) {
        if (!hit("feedback-submit:" + hash("feedback-client", clientAddress), properties.submissionsPerHour())) {
            throw tooMany("form");
        }
    }

    /** Sends a fresh code to the destination and returns the verification's id (which the form carries). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    UUID sendCode(NotificationPort.Channel channel, String destination, String clientAddress) {
        if (!hit("feedback-code:" + hash("feedback-client", clientAddress), properties.codesPerHour())
                || !hit("feedback-code-to:" + hash("feedback-destination", destination), properties.codesPerHour())) {
            throw tooMany("verificationCode");
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO feedback_verification (id, channel, destination_hash, code_hash, created_at, expires_at)
                        VALUES (:id, :channel, :destination, :code, :now, :expires)""")
                .param("id", id).param("channel", channel.name())
                .param("destination", protection.matchingHash("feedback-destination", destination))
                .param("code", codeHash(id, code)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(CODE_LIFETIME))).update();
        notifications.send(new NotificationPort.OutgoingMessage(channel, destination,
                "Mã xác minh gửi câu hỏi", "Mã xác minh để gửi câu hỏi trên Cổng Dịch vụ công: " + code
                        + ". Mã có hiệu lực 15 phút. Không chia sẻ mã này với người khác."));
        return id;
    }

    /**
     * Uses the code: it must belong to a verification sent to {@code destination}, be unexpired, unused and
     * within its attempts. A wrong try is counted even though the submission is refused.
     */
    void useCode(UUID verificationId, String code, String destination) {
        Optional<Row> row = jdbc.sql("SELECT * FROM feedback_verification WHERE id = :id")
                .param("id", verificationId)
                .query((rs, n) -> new Row(rs.getBytes("destination_hash"), rs.getBytes("code_hash"),
                        rs.getTimestamp("expires_at").toInstant(), rs.getInt("attempts"), rs.getTimestamp("used_at") != null))
                .optional();
        Instant now = clock.instant();
        if (row.isEmpty() || row.get().used() || !now.isBefore(row.get().expiresAt())
                || !MessageDigest.isEqual(row.get().destinationHash(),
                protection.matchingHash("feedback-destination", destination))) {
            throw RefusedInput.of("verificationCode", "feedback.error.verificationCode.expired");
        }
        if (row.get().attempts() >= MAX_ATTEMPTS) {
            throw tooMany("verificationCode");
        }
        if (!MessageDigest.isEqual(row.get().codeHash(), codeHash(verificationId, code.strip()))) {
            countWrongTry(verificationId);
            throw RefusedInput.of("verificationCode", "feedback.error.verificationCode.wrong");
        }
        int claimed = jdbc.sql("UPDATE feedback_verification SET used_at = :now WHERE id = :id AND used_at IS NULL")
                .param("id", verificationId).param("now", Timestamp.from(now)).update();
        if (claimed != 1) {
            throw RefusedInput.of("verificationCode", "feedback.error.verificationCode.expired");
        }
    }

    /** A wrong try counts even though the submission that carried it rolls back. */
    private void countWrongTry(UUID verificationId) {
        separately.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE feedback_verification SET attempts = attempts + 1 WHERE id = :id")
                .param("id", verificationId).update());
    }

    private record Row(byte[] destinationHash, byte[] codeHash, Instant expiresAt, int attempts, boolean used) {
    }

    /** Counts one hit of the key in its hourly window; whether it is within {@code perHour}. */
    private boolean hit(String key, int perHour) {
        return limiter.hit(key, perHour, WINDOW).allowed();
    }

    private byte[] codeHash(UUID verificationId, String code) {
        return protection.matchingHash("feedback-code", verificationId + ":" + code);
    }

    private String hash(String purpose, String value) {
        return HexFormat.of().formatHex(protection.matchingHash(purpose, value), 0, 16);
    }

    /** Too many attempts for now (429): the API answers {@code TOO_MANY_REQUESTS}, the form shows the message. */
    private static RefusedInput tooMany(String field) {
        return new RefusedInput(RefusedInput.Code.TOO_MANY_REQUESTS,
                List.of(FormError.of(field, "feedback.error." + field + ".tooMany")));
    }
}
