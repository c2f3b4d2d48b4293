package vn.dvc.portal.feedback.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.platform.PersonalDataProtection;

/**
 * {@code Idempotency-Key} for the submission API: the first request with a key creates the item; a repeat
 * returns the same receipt instead of a second item. Keys are scoped by the caller (account or client address)
 * and stored as keyed hashes; the receipt's token sealed.
 */
@Component
class IdempotentReceipts {

    private final JdbcClient jdbc;
    private final Questions questions;
    private final PersonalDataProtection protection;
    private final Clock clock;

    IdempotentReceipts(JdbcClient jdbc, Questions questions, PersonalDataProtection protection, Clock clock) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.protection = protection;
        this.clock = clock;
    }

    /** The receipt and whether it was created now. */
    record Outcome(QuestionSubmission.Receipt receipt, boolean created) {
    }

    @Transactional
    Outcome once(String scope, String key, Supplier<QuestionSubmission.Receipt> create) {
        byte[] hash = protection.matchingHash("feedback-idempotency", scope + "|" + key);
        // serialise concurrent requests with the same key
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:k))").param("k", HexFormat.of().formatHex(hash))
                .query((rs, n) -> 1).list();
        Optional<QuestionSubmission.Receipt> earlier = jdbc.sql(
                        "SELECT question_id, access_token_sealed FROM feedback_idempotency WHERE key_hash = :h")
                .param("h", hash)
                .query((rs, n) -> {
                    java.util.UUID id = rs.getObject("question_id", java.util.UUID.class);
                    String token = protection.decrypt(context(hash), rs.getBytes("access_token_sealed"));
                    return new QuestionSubmission.Receipt(id, questions.find(id).orElseThrow().reference(), token);
                })
                .optional();
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), false);
        }
        QuestionSubmission.Receipt receipt = create.get();
        jdbc.sql("""
                        INSERT INTO feedback_idempotency (key_hash, question_id, created_at, access_token_sealed)
                        VALUES (:h, :id, :at, :token)""")
                .param("h", hash).param("id", receipt.id()).param("at", Timestamp.from(clock.instant()))
                .param("token", protection.encrypt(context(hash), receipt.accessToken())).update();
        return new Outcome(receipt, true);
    }

    private static String context(byte[] hash) {
        return "feedback-idempotency:" + HexFormat.of().formatHex(hash);
    }
}
