package vn.dvc.portal.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.notification.NotificationChannel;

/**
 * What officers of the Centre (and administrators) see of deliveries: channel, masked recipient, template,
 * status, attempts and the last error; never the text, never the full address.
 */
@Service
public class DeliveryStatuses {

    static final String CENTRE_ONLY = "hasAnyRole('CENTRE', 'ADMIN')";
    static final int LIMIT = 100;

    private final Outbox outbox;

    DeliveryStatuses(Outbox outbox) {
        this.outbox = outbox;
    }

    /** One row of the status page. */
    public record Delivery(Instant createdAt, NotificationChannel channel, String maskedRecipient, String template,
                          OutboxMessage.Status status, int attempts, @Nullable String lastError,
                          @Nullable String transport, @Nullable Instant finishedAt) {
    }

    @PreAuthorize(CENTRE_ONLY)
    @Transactional(readOnly = true)
    public List<Delivery> latest(OutboxMessage.@Nullable Status status) {
        return outbox.latest(status, LIMIT).stream()
                .map(m -> new Delivery(m.createdAt(), m.channel(), Recipients.masked(m.channel(), m.recipient()),
                        m.template(), m.status(), m.attempts(), m.lastError(), m.transport(), m.finishedAt()))
                .toList();
    }

    @PreAuthorize(CENTRE_ONLY)
    @Transactional(readOnly = true)
    public Map<OutboxMessage.Status, Integer> counts() {
        return outbox.counts();
    }
}
