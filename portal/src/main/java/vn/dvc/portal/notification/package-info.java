/**
 * Notifications (#8, INT-4): messages to applicants by e-mail (SMTP), SMS (an HTTP gateway) and in the
 * account area (in-app), from templates in Vietnamese and English.
 *
 * <p>Public API of the module:
 * <ul>
 *   <li>{@link vn.dvc.portal.notification.Notifications}: notify an account (over the channels it chose) or
 *       an address; the message is written to the module's outbox in the caller's transaction and sent after
 *       it commits, retried with back-off, at most once per reference, channel and recipient;</li>
 *   <li>{@link vn.dvc.portal.notification.NotificationTemplate}: the templates and the parameters each needs;</li>
 *   <li>{@link vn.dvc.portal.notification.NotificationChannel}: e-mail, SMS, in-app.</li>
 * </ul>
 * The module also provides the {@code @Primary} {@link vn.dvc.portal.identity.NotificationPort}, so the
 * accounts module's one-time codes go through the same outbox. The contract of the SMS gateway and the
 * settings are in {@code docs/notification.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.notification;
