package vn.dvc.sim;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The adapter's session tokens: issued for the right user name and password, valid for {@code sim.session-ttl}. */
@Component
public class Sessions {

    private final SimProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    Sessions(SimProperties properties) {
        this.properties = properties;
    }

    /** A new token, or null when the credentials are wrong. */
    String open(String user, String password) {
        if (!properties.user().equals(user) || !properties.password().equals(password)) {
            return null;
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        expiries.put(token, clock.instant().plus(properties.sessionTtl()));
        return token;
    }

    boolean valid(String token) {
        Instant expiry = token == null ? null : expiries.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Every token issued so far stops working (fault control {@code expireSessions}). */
    void expireAll() {
        expiries.clear();
    }
}
