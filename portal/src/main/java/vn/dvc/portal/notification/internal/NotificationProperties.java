package vn.dvc.portal.notification.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the notification module, bound from {@code dvc.notification.*}. A channel whose server is not
 * set (blank {@code DVC_SMTP_HOST} or {@code DVC_SMS_GATEWAY_URL}) is delivered to the development mailbox
 * ({@code /hop-thu-thu-nghiem}) instead: the zero-setup default of a development machine.
 *
 * @param smtp         the e-mail server
 * @param sms          the SMS gateway (contract in {@code docs/notification.md})
 * @param pollInterval how often the worker looks for messages due for a (re)try ({@code DVC_NOTIFICATION_POLL_INTERVAL})
 */
@ConfigurationProperties("dvc.notification")
public record NotificationProperties(Smtp smtp, Sms sms, Duration pollInterval) {

    public NotificationProperties {
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            pollInterval = Duration.ofSeconds(30);
        }
    }

    /**
     * @param host     {@code DVC_SMTP_HOST}; blank: e-mail goes to the development mailbox
     * @param port     {@code DVC_SMTP_PORT}
     * @param username {@code DVC_SMTP_USERNAME} (blank: no authentication)
     * @param password {@code DVC_SMTP_PASSWORD}
     * @param starttls {@code DVC_SMTP_STARTTLS}: require STARTTLS
     * @param from     {@code DVC_MAIL_FROM}: the sender, e.g. {@code "Cổng DVC <no-reply@example.gov.vn>"}
     */
    public record Smtp(@Nullable String host, int port, @Nullable String username, @Nullable String password,
                       boolean starttls, String from) {

        boolean configured() {
            return host != null && !host.isBlank();
        }

        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + "]";
        }
    }

    /**
     * @param gatewayUrl {@code DVC_SMS_GATEWAY_URL}: base URL, messages are posted to {@code {url}/messages};
     *                   blank: SMS goes to the development mailbox
     * @param token      {@code DVC_SMS_GATEWAY_TOKEN}: the bearer token
     */
    public record Sms(@Nullable String gatewayUrl, @Nullable String token) {

        boolean configured() {
            return gatewayUrl != null && !gatewayUrl.isBlank();
        }

        @Override
        public String toString() {
            return "Sms[gatewayUrl=" + gatewayUrl + "]";
        }
    }
}
