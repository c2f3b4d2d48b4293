package vn.dvc.portal.notification.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.notification.NotificationChannel;

/**
 * One message of the outbox as stored. The body is sealed (encrypted for this row) until the message is
 * finished, then erased.
 */
record OutboxMessage(UUID id, String reference, NotificationChannel channel, String recipient,
                     @Nullable UUID accountId, String template, String locale, String subject,
                     byte @Nullable [] bodySealed, boolean secret, Status status, int attempts,
                     @Nullable Instant nextAttemptAt, @Nullable String lastError, @Nullable String transport,
                     Instant createdAt, @Nullable Instant finishedAt) {

    /** PENDING until sent (SENT) or given up (FAILED). */
    enum Status {
        PENDING, SENT, FAILED
    }

    /** The context the body is sealed for: a sealed body copied to another row does not open. */
    static String sealContext(UUID id) {
        return "notification-message:" + id;
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + id + ", " + channel + ", " + template + ", " + status + "]";
    }
}
