package vn.dvc.portal.lookup.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the look-up, bound from {@code dvc.lookup.*}.
 *
 * @param rateLimit         look-ups allowed per client address (and per SMS sender) in one window; 0 turns the
 *                          limit off (benchmarks only)
 * @param rateWindow        the window of the limit
 * @param smsWebhookSecret  the key of the SMS gateway's HMAC-SHA256 signature; blank turns the SMS look-up off
 * @param kioskReturn       how long the kiosk shows a status before it returns to the empty field
 */
@ConfigurationProperties("dvc.lookup")
record LookupProperties(int rateLimit, @Nullable Duration rateWindow, @Nullable String smsWebhookSecret,
                        @Nullable Duration kioskReturn) {

    LookupProperties {
        if (rateLimit < 0) {
            rateLimit = 0;
        }
        if (rateWindow == null || rateWindow.isNegative() || rateWindow.isZero()) {
            rateWindow = Duration.ofMinutes(1);
        }
        if (smsWebhookSecret == null) {
            smsWebhookSecret = "";
        }
        if (kioskReturn == null || kioskReturn.isNegative() || kioskReturn.isZero()) {
            kioskReturn = Duration.ofSeconds(30);
        }
    }

    boolean smsEnabled() {
        return !smsWebhookSecret().isBlank();
    }

    @Override
    public Duration rateWindow() {
        return java.util.Objects.requireNonNull(rateWindow);
    }

    @Override
    public String smsWebhookSecret() {
        return java.util.Objects.requireNonNull(smsWebhookSecret);
    }

    @Override
    public Duration kioskReturn() {
        return java.util.Objects.requireNonNull(kioskReturn);
    }

    @Override
    public String toString() {
        return "LookupProperties[rateLimit=" + rateLimit + ", rateWindow=" + rateWindow + ", sms="
                + (smsEnabled() ? "on" : "off") + ", kioskReturn=" + kioskReturn + "]";
    }
}
