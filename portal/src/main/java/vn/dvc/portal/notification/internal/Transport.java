package vn.dvc.portal.notification.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.notification.NotificationChannel;

/** One way out of the portal: SMTP, the SMS gateway, the in-app inbox or the development mailbox. */
interface Transport {

    /** A stable name shown to officers, e.g. {@code smtp}. */
    String name();

    /** Whether sending is in-process and quick (then it runs at once after the commit, on the caller's thread). */
    boolean local();

    /**
     * Sends one message.
     *
     * @throws DeliveryFailed when it was not sent; {@link DeliveryFailed#permanent()} says a retry is useless
     */
    void send(Parcel parcel) throws DeliveryFailed;

    /** What is sent: the body is secret for one-time codes, so this record never prints it. */
    record Parcel(UUID id, NotificationChannel channel, String recipient, @Nullable UUID accountId, String template,
                  String subject, String body) {

        @Override
        public String toString() {
            return "Parcel[" + id + ", " + channel + ", " + template + "]";
        }
    }

    /** A message could not be sent; the reason is safe to store and show (no address, no text). */
    final class DeliveryFailed extends Exception {

        private final boolean permanent;

        DeliveryFailed(String reason, boolean permanent) {
            super(reason, null, false, false);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
