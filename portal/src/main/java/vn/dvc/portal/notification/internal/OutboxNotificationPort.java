package vn.dvc.portal.notification.internal;

import java.util.UUID;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.notification.NotificationChannel;
import vn.dvc.portal.notification.NotificationTemplate;

/**
 * The portal's {@link NotificationPort}: the accounts module's one-time codes go through the outbox like
 * every notification (sent after the commit, retried, shown to officers without the text), by SMTP or the
 * SMS gateway when configured, else to the development mailbox. Their bodies are secret: sealed while
 * waiting, erased once delivered, never logged.
 */
@Primary
@Component
class OutboxNotificationPort implements NotificationPort {

    private final Outgoing outgoing;

    OutboxNotificationPort(Outgoing outgoing) {
        this.outgoing = outgoing;
    }

    @Override
    public void send(OutgoingMessage message) {
        NotificationChannel channel = message.channel() == Channel.SMS ? NotificationChannel.SMS : NotificationChannel.EMAIL;
        outgoing.queue(new Outgoing.Draft("identity:" + UUID.randomUUID(), channel, message.recipient(), null,
                NotificationTemplate.ONE_TIME_CODE.name(), "vi", message.subject(), message.body(), true));
    }
}
