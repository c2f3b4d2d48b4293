package vn.dvc.portal.notification.internal;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dvc.portal.notification.NotificationChannel;
import vn.dvc.portal.platform.PersonalDataProtection;

/**
 * Puts a message in the outbox, in the caller's transaction, with its body sealed for that row, and asks for
 * the first attempt after the commit. A second message with the same reference, channel and recipient is
 * ignored (the unique key of the outbox).
 */
@Component
class Outgoing {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^(0|\\+84)[0-9]{9,10}$");

    private final Outbox outbox;
    private final AfterCommitDelivery delivery;
    private final PersonalDataProtection protection;
    private final Clock clock;

    Outgoing(Outbox outbox, AfterCommitDelivery delivery, PersonalDataProtection protection, Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.protection = protection;
        this.clock = clock;
    }

    /** A message to queue. {@code body} may be secret; it is never logged. */
    record Draft(String reference, NotificationChannel channel, String recipient, @Nullable UUID accountId,
                 String template, String locale, String subject, String body, boolean secret) {

        @Override
        public String toString() {
            return "Draft[" + reference + ", " + channel + ", " + template + "]";
        }
    }

    /** Queues the draft; false when the same reference, channel and recipient was queued before. */
    boolean queue(Draft draft) {
        checkRecipient(draft.channel(), draft.recipient());
        if (draft.reference().isBlank() || draft.reference().length() > 200) {
            throw new IllegalArgumentException("a reference has 1 to 200 characters");
        }
        UUID id = UUID.randomUUID();
        byte[] sealed = protection.encrypt(OutboxMessage.sealContext(id), draft.body());
        String subject = draft.subject().length() > 300 ? draft.subject().substring(0, 300) : draft.subject();
        boolean added = outbox.add(id, draft.reference(), draft.channel(), draft.recipient(), draft.accountId(),
                draft.template(), draft.locale(), subject, sealed, draft.secret(), clock.instant());
        if (added) {
            delivery.schedule(id, draft.channel());
        }
        return added;
    }

    static void checkRecipient(NotificationChannel channel, String recipient) {
        boolean valid = switch (channel) {
            case EMAIL -> recipient.length() <= 254 && EMAIL.matcher(recipient).matches();
            case SMS -> PHONE.matcher(recipient).matches();
            case IN_APP -> recipient.length() == 36;
        };
        if (!valid) {
            throw new IllegalArgumentException("not a valid " + channel + " recipient");
        }
    }
}
