package vn.dvc.portal.notification.internal;

import java.util.Optional;
import java.util.function.Supplier;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.notification.NotificationChannel;

/**
 * The zero-setup channel of a development machine: when no SMTP server or SMS gateway is configured, the
 * message goes to the accounts module's development mailbox (its own, non-primary
 * {@link NotificationPort}), shown at {@code /hop-thu-thu-nghiem} when demo data is on (on the portal's own
 * machine only).
 */
class DevelopmentMailboxTransport implements Transport {

    private final Supplier<Optional<NotificationPort>> mailbox;

    /** The mailbox is looked up at the first send (the primary port depends on this module). */
    DevelopmentMailboxTransport(Supplier<Optional<NotificationPort>> mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public String name() {
        return "development-mailbox";
    }

    @Override
    public boolean local() {
        return true;
    }

    @Override
    public void send(Parcel parcel) throws DeliveryFailed {
        NotificationPort port = mailbox.get().orElseThrow(() -> new DeliveryFailed("no channel configured", true));
        NotificationPort.Channel channel = parcel.channel() == NotificationChannel.SMS
                ? NotificationPort.Channel.SMS : NotificationPort.Channel.EMAIL;
        port.send(new NotificationPort.OutgoingMessage(channel, parcel.recipient(), parcel.subject(), parcel.body()));
    }
}
