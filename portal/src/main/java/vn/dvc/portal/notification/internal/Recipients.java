package vn.dvc.portal.notification.internal;

import vn.dvc.portal.notification.NotificationChannel;

/** Masks a recipient for officers: {@code n***@example.com}, {@code 098****001}; an account is never shown. */
final class Recipients {

    private Recipients() {
    }

    static String masked(NotificationChannel channel, String recipient) {
        return switch (channel) {
            case EMAIL -> {
                int at = recipient.indexOf('@');
                yield at <= 0 ? "***" : recipient.charAt(0) + "***" + recipient.substring(at);
            }
            case SMS -> recipient.length() < 7 ? "***"
                    : recipient.substring(0, 3) + "*".repeat(recipient.length() - 6)
                            + recipient.substring(recipient.length() - 3);
            case IN_APP -> "";
        };
    }
}
