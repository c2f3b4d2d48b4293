package vn.dvc.portal.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.notification.NotificationChannel;

/**
 * The outbox table {@code notification_message}. {@link #claim} and {@link #claimNextDue} lock the row
 * with {@code FOR UPDATE SKIP LOCKED}: two workers (two nodes) never hold the same message, and the lock is
 * kept while the message is being sent.
 */
@Repository
class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a message, due at once; false when the same reference, channel and recipient exists already. */
    boolean add(UUID id, String reference, NotificationChannel channel, String recipient, @Nullable UUID accountId,
            String template, String locale, String subject, byte[] bodySealed, boolean secret, Instant now) {
        return jdbc.sql("""
                        INSERT INTO notification_message (id, reference, channel, recipient, account_id, template,
                            locale, subject, body_sealed, secret, status, attempts, next_attempt_at, created_at)
                        VALUES (:id, :reference, :channel, :recipient, :account, :template, :locale, :subject,
                            :body, :secret, 'PENDING', 0, :now, :now)
                        ON CONFLICT (reference, channel, recipient) DO NOTHING""")
                .param("id", id).param("reference", reference).param("channel", channel.name())
                .param("recipient", recipient).param("account", accountId).param("template", template)
                .param("locale", locale).param("subject", subject).param("body", bodySealed)
                .param("secret", secret).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Locks one message if it is still pending and due; empty if another worker holds it or it is done. */
    Optional<OutboxMessage> claim(UUID id, Instant now) {
        return jdbc.sql("""
                        SELECT * FROM notification_message
                        WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now
                        FOR UPDATE SKIP LOCKED""")
                .param("id", id).param("now", Timestamp.from(now))
                .query(Outbox::map).optional();
    }

    /** Locks the pending message that has been due the longest, skipping those other workers hold. */
    Optional<OutboxMessage> claimNextDue(Instant now) {
        return jdbc.sql("""
                        SELECT * FROM notification_message
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .query(Outbox::map).optional();
    }

    void markSent(UUID id, String transport, int attempts, Instant now) {
        jdbc.sql("""
                        UPDATE notification_message SET status = 'SENT', attempts = :attempts, transport = :transport,
                            body_sealed = NULL, next_attempt_at = NULL, finished_at = :now
                        WHERE id = :id""")
                .param("id", id).param("attempts", attempts).param("transport", transport)
                .param("now", Timestamp.from(now)).update();
    }

    void markRetry(UUID id, String transport, int attempts, String error, Instant nextAttempt) {
        jdbc.sql("""
                        UPDATE notification_message SET attempts = :attempts, transport = :transport,
                            last_error = :error, next_attempt_at = :next
                        WHERE id = :id""")
                .param("id", id).param("attempts", attempts).param("transport", transport)
                .param("error", error).param("next", Timestamp.from(nextAttempt)).update();
    }

    void markFailed(UUID id, String transport, int attempts, String error, Instant now) {
        jdbc.sql("""
                        UPDATE notification_message SET status = 'FAILED', attempts = :attempts,
                            transport = :transport, last_error = :error, body_sealed = NULL,
                            next_attempt_at = NULL, finished_at = :now
                        WHERE id = :id""")
                .param("id", id).param("attempts", attempts).param("transport", transport)
                .param("error", error).param("now", Timestamp.from(now)).update();
    }

    Optional<OutboxMessage> find(UUID id) {
        return jdbc.sql("SELECT * FROM notification_message WHERE id = :id").param("id", id)
                .query(Outbox::map).optional();
    }

    Optional<OutboxMessage> find(String reference, NotificationChannel channel, String recipient) {
        return jdbc.sql("""
                        SELECT * FROM notification_message
                        WHERE reference = :reference AND channel = :channel AND recipient = :recipient""")
                .param("reference", reference).param("channel", channel.name()).param("recipient", recipient)
                .query(Outbox::map).optional();
    }

    /** The latest messages, newest first, optionally of one status. */
    List<OutboxMessage> latest(OutboxMessage.@Nullable Status status, int limit) {
        return jdbc.sql("""
                        SELECT * FROM notification_message
                        WHERE (CAST(:status AS TEXT) IS NULL OR status = :status)
                        ORDER BY created_at DESC, id
                        LIMIT :limit""")
                .param("status", status == null ? null : status.name()).param("limit", limit)
                .query(Outbox::map).list();
    }

    /** How many messages are in each status. */
    java.util.Map<OutboxMessage.Status, Integer> counts() {
        java.util.Map<OutboxMessage.Status, Integer> counts = new java.util.EnumMap<>(OutboxMessage.Status.class);
        for (OutboxMessage.Status s : OutboxMessage.Status.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("SELECT status, count(*) AS n FROM notification_message GROUP BY status")
                .query((rs, n) -> counts.put(OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("n")))
                .list();
        return counts;
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("reference"),
                NotificationChannel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                rs.getObject("account_id", UUID.class), rs.getString("template"), rs.getString("locale"),
                rs.getString("subject"), rs.getBytes("body_sealed"), rs.getBoolean("secret"),
                OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"), rs.getString("transport"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("finished_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
