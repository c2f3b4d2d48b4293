package vn.dvc.portal.notification.internal;

import java.time.Clock;

/** Delivers into the applicant's inbox, in the worker's transaction (so it is exactly once). */
class InAppTransport implements Transport {

    private final Inbox inbox;
    private final Clock clock;

    InAppTransport(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "in-app";
    }

    @Override
    public boolean local() {
        return true;
    }

    @Override
    public void send(Parcel parcel) throws DeliveryFailed {
        if (parcel.accountId() == null) {
            throw new DeliveryFailed("in-app: no account", true);
        }
        inbox.add(parcel.id(), parcel.accountId(), parcel.template(), parcel.subject(), parcel.body(), clock.instant());
    }
}
