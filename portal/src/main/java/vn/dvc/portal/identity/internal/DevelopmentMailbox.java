package vn.dvc.portal.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.NotificationPort;

/**
 * The development {@link NotificationPort}: instead of sending, it keeps each message in the development
 * mailbox table, which {@link MailboxPage} shows (only with demo data, only on the portal's own machine). It
 * never logs the recipient or the text (one-time codes must not reach the log). The notification module's
 * {@code @Primary} implementation sends instead, and writes here only when no real channel is configured.
 */
@Component
class DevelopmentMailbox implements NotificationPort {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentMailbox.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    DevelopmentMailbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One message kept in the mailbox. */
    record Message(Instant sentAt, Channel channel, String recipient, String subject, String body) {
    }

    @Override
    public void send(OutgoingMessage message) {
        jdbc.sql("""
                        INSERT INTO identity_dev_mailbox (id, sent_at, channel, recipient, subject, body)
                        VALUES (:id, :at, :channel, :recipient, :subject, :body)""")
                .param("id", UUID.randomUUID()).param("at", Timestamp.from(clock.instant()))
                .param("channel", message.channel().name()).param("recipient", message.recipient())
                .param("subject", message.subject()).param("body", message.body()).update();
        log.info("An {} message was kept in the development mailbox (/hop-thu-thu-nghiem)", message.channel());
    }

    List<Message> latest(int limit) {
        return jdbc.sql("SELECT * FROM identity_dev_mailbox ORDER BY sent_at DESC, id LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new Message(rs.getTimestamp("sent_at").toInstant(),
                        Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body")))
                .list();
    }
}
