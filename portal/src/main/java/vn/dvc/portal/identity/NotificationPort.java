package vn.dvc.portal.identity;

/**
 * How the accounts module sends a message (a one-time code) to a person. The notification module provides
 * the {@code @Primary} implementation (its outbox, e-mail and SMS); the accounts module's own fallback keeps
 * messages in the development mailbox ({@code /hop-thu-thu-nghiem}: only with demo data, only from the
 * portal's own machine).
 * Implementations must never log the message body: it carries codes.
 */
public interface NotificationPort {

    void send(OutgoingMessage message);

    /** The channel of a message. */
    enum Channel {
        EMAIL, SMS
    }

    /**
     * One message.
     *
     * @param channel   e-mail or SMS
     * @param recipient the e-mail address or phone number
     * @param subject   the subject (e-mail) or a short title
     * @param body      the text; secret (it may carry a one-time code)
     */
    record OutgoingMessage(Channel channel, String recipient, String subject, String body) {

        @Override
        public String toString() {
            return "OutgoingMessage[" + channel + "]";
        }
    }
}
