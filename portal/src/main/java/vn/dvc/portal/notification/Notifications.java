package vn.dvc.portal.notification;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Sends notifications. Each call renders the template and writes one outbox message per channel in the
 * caller's transaction (so nothing is sent when it rolls back); delivery happens after the commit and is
 * retried with back-off. A message is never sent twice for the same {@code reference}, channel and
 * recipient: give the event's id (or another stable key) as the reference, and a repeated call is ignored.
 */
public interface Notifications {

    /**
     * Notifies an applicant over the channels they chose for this template (by default in-app and e-mail),
     * skipping a channel for which the account has no address.
     *
     * @param reference a stable key of the event, e.g. {@code dossier-received:<event id>}
     * @param accountId the applicant's account
     * @param template  what happened
     * @param params    the template's {@link NotificationTemplate#parameters()}
     * @param locale    Vietnamese or English
     * @return how many messages were queued (0 when the account does not exist or chose no channel)
     * @throws IllegalArgumentException if a parameter is missing
     */
    int notifyAccount(String reference, UUID accountId, NotificationTemplate template, Map<String, String> params,
            Locale locale);

    /** {@link #notifyAccount(String, UUID, NotificationTemplate, Map, Locale)} in Vietnamese. */
    default int notifyAccount(String reference, UUID accountId, NotificationTemplate template,
            Map<String, String> params) {
        return notifyAccount(reference, accountId, template, params, Locale.forLanguageTag("vi"));
    }

    /**
     * Notifies an address (e-mail or phone number) directly, e.g. a person without an account.
     *
     * @param channel {@link NotificationChannel#EMAIL} or {@link NotificationChannel#SMS}
     * @return whether a message was queued (false when the same reference, channel and address was already)
     * @throws IllegalArgumentException if a parameter is missing, the address is invalid or the channel is in-app
     */
    boolean notifyAddress(String reference, NotificationChannel channel, String address,
            NotificationTemplate template, Map<String, String> params, Locale locale);
}
