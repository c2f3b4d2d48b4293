package vn.dvc.portal.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-app messages of applicants ({@code notification_inbox_message}); every query is by owner. */
@Repository
class Inbox {

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One in-app message. */
    record Message(UUID id, String template, String subject, String body, Instant createdAt, @Nullable Instant readAt) {

        boolean unread() {
            return readAt == null;
        }
    }

    /** Adds a message; a second delivery of the same outbox message changes nothing. */
    void add(UUID id, UUID accountId, String template, String subject, String body, Instant now) {
        jdbc.sql("""
                        INSERT INTO notification_inbox_message (id, account_id, template, subject, body, created_at)
                        VALUES (:id, :account, :template, :subject, :body, :now)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("account", accountId).param("template", template).param("subject", subject)
                .param("body", body).param("now", Timestamp.from(now)).update();
    }

    List<Message> of(UUID accountId, int limit) {
        return jdbc.sql("""
                        SELECT * FROM notification_inbox_message WHERE account_id = :account
                        ORDER BY created_at DESC, id LIMIT :limit""")
                .param("account", accountId).param("limit", limit)
                .query((rs, n) -> new Message(rs.getObject("id", UUID.class), rs.getString("template"),
                        rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    int unread(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM notification_inbox_message WHERE account_id = :a AND read_at IS NULL")
                .param("a", accountId).query(Integer.class).single();
    }

    /** Marks the owner's message read; false when it is not theirs (or does not exist). */
    boolean markRead(UUID accountId, UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE notification_inbox_message SET read_at = COALESCE(read_at, GREATEST(:now, created_at))
                        WHERE id = :id AND account_id = :account""")
                .param("id", id).param("account", accountId).param("now", Timestamp.from(now)).update() == 1;
    }
}
