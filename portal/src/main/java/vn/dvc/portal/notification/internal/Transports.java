package vn.dvc.portal.notification.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.notification.NotificationChannel;

/**
 * Chooses the transport of each channel from the settings: SMTP when {@code DVC_SMTP_HOST} is set, the SMS
 * gateway when {@code DVC_SMS_GATEWAY_URL} is set, otherwise the development mailbox; in-app always goes
 * to the inbox.
 */
@Component
class Transports {

    private static final Logger log = LoggerFactory.getLogger(Transports.class);

    private final Transport email;
    private final Transport sms;
    private final Transport inApp;

    Transports(NotificationProperties properties, Inbox inbox, Clock clock,
            ObjectProvider<NotificationPort> ports) {
        Transport mailbox = new DevelopmentMailboxTransport(() -> ports.orderedStream()
                .filter(port -> !(port instanceof OutboxNotificationPort)).findFirst());
        this.email = properties.smtp().configured() ? new SmtpTransport(properties.smtp()) : mailbox;
        this.sms = properties.sms().configured() ? new SmsGatewayTransport(properties.sms(), RestClient.builder()) : mailbox;
        this.inApp = new InAppTransport(inbox, clock);
        log.info("Notifications: e-mail by {}, SMS by {}", email.name(), sms.name());
    }

    Transport of(NotificationChannel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case SMS -> sms;
            case IN_APP -> inApp;
        };
    }
}
