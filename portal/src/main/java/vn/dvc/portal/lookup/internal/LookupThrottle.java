package vn.dvc.portal.lookup.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import vn.dvc.portal.platform.PersonalDataProtection;
import vn.dvc.portal.platform.RateLimiter;

/**
 * The look-up's rate limit (codes are guessable by construction): {@code dvc.lookup.rate-limit} look-ups per
 * window per client address — the page, the kiosk and the API share one count — and per SMS sender. Only a
 * keyed hash of the address or phone number becomes the key.
 */
@Component
class LookupThrottle {

    private final RateLimiter limiter;
    private final PersonalDataProtection protection;
    private final LookupProperties properties;

    LookupThrottle(RateLimiter limiter, PersonalDataProtection protection, LookupProperties properties) {
        this.limiter = limiter;
        this.protection = protection;
        this.properties = properties;
    }

    RateLimiter.Decision client(HttpServletRequest request) {
        return hit("lookup:", "lookup-client", request.getRemoteAddr());
    }

    RateLimiter.Decision smsSender(String phone) {
        return hit("lookup-sms:", "lookup-sms-sender", phone);
    }

    private RateLimiter.Decision hit(String prefix, String purpose, String who) {
        if (properties.rateLimit() <= 0) {
            return RateLimiter.Decision.allow();
        }
        String key = prefix + HexFormat.of().formatHex(protection.matchingHash(purpose, who));
        return limiter.hit(key, properties.rateLimit(), properties.rateWindow());
    }
}
