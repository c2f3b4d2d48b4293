package vn.dvc.portal.lookup.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.notification.NotificationChannel;
import vn.dvc.portal.notification.NotificationTemplate;
import vn.dvc.portal.notification.Notifications;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.platform.VietnameseText;

/**
 * Answers an inbound SMS (LOOK-3, INT-4): a look-up ({@link SmsCommand}) is answered with the public status,
 * an unknown code with "not found", anything else with the help text — always to the sender, through the
 * notification module's SMS channel (sent after commit, retried, at most once per inbound message). The sender's
 * number is personal data: it is never logged, and the rate limit keys on its keyed hash.
 */
@Service
class SmsLookup {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final StatusLookup lookup;
    private final Notifications notifications;
    private final NationalStatusNames names;
    private final LookupThrottle throttle;
    private final org.springframework.context.MessageSource messages;

    SmsLookup(StatusLookup lookup, Notifications notifications, NationalStatusNames names, LookupThrottle throttle,
            org.springframework.context.MessageSource messages) {
        this.lookup = lookup;
        this.notifications = notifications;
        this.names = names;
        this.throttle = throttle;
        this.messages = messages;
    }

    /** What was sent back. */
    enum Reply {
        STATUS, NOT_FOUND, HELP, NONE
    }

    /**
     * @param reference a stable key of the inbound message (a repeated webhook call sends no second reply)
     * @param from      the sender's phone number ({@code 0…} or {@code +84…})
     */
    @Transactional
    Reply answer(String reference, String from, String text) {
        if (!throttle.smsSender(from).allowed()) {
            return Reply.NONE;
        }
        Optional<String> code = SmsCommand.code(text);
        if (code.isEmpty()) {
            send(reference, from, NotificationTemplate.LOOKUP_HELP, Map.of());
            return Reply.HELP;
        }
        return switch (lookup.lookup(code.get())) {
            case StatusLookup.Found found -> {
                PublicStatus s = found.status();
                send(reference, from, NotificationTemplate.LOOKUP_STATUS, Map.of(
                        "dossierCode", s.code(),
                        "statusName", VietnameseText.withoutDiacritics(names.vietnamese(s.nationalStatusCode())),
                        "appointmentDate", s.dueAt() == null ? "-" : PortalTime.TIME_DATE.format(s.dueAt()),
                        "standing", VietnameseText.withoutDiacritics(
                                messages.getMessage("calendar.standing." + s.standing(), null, VIETNAMESE))));
                yield Reply.STATUS;
            }
            case StatusLookup.Unknown ignored -> {
                send(reference, from, NotificationTemplate.LOOKUP_NOT_FOUND, Map.of("dossierCode", code.get()));
                yield Reply.NOT_FOUND;
            }
            case StatusLookup.Malformed ignored -> {
                send(reference, from, NotificationTemplate.LOOKUP_HELP, Map.of());
                yield Reply.HELP;
            }
        };
    }

    private void send(String reference, String to, NotificationTemplate template, Map<String, String> params) {
        notifications.notifyAddress(reference, NotificationChannel.SMS, to, template, params, VIETNAMESE);
    }

    static String instantKey(Instant at) {
        return Long.toString(at.getEpochSecond());
    }
}
