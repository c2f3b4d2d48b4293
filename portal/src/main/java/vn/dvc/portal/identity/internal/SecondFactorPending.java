package vn.dvc.portal.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.dvc.portal.platform.SignInStages;

/**
 * The session's authentication between a right password and the second factor: it carries only the
 * authority {@link SignInStages#SECOND_FACTOR_PENDING} (no role), so the security chain lets it reach no
 * private area; its principal is not a {@link vn.dvc.portal.identity.SignedInUser}, so
 * {@link vn.dvc.portal.identity.CurrentUser} sees nobody. It lasts {@link #LIFETIME}.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    static final Duration LIFETIME = Duration.ofMinutes(10);

    /** Who proved the password, and when. */
    record Pending(UUID accountId, String username, Instant passwordAt) implements Serializable {
        @Override
        public String toString() {
            return username;
        }
    }

    private final Pending pending;

    SecondFactorPending(UUID accountId, String username, Instant passwordAt, @Nullable Object details) {
        super(List.of(new SimpleGrantedAuthority(SignInStages.SECOND_FACTOR_PENDING)));
        this.pending = new Pending(accountId, username, passwordAt);
        setDetails(details);
        setAuthenticated(true);
    }

    Pending pending() {
        return pending;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(pending.passwordAt().plus(LIFETIME));
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return pending;
    }

    @Override
    public String getName() {
        return pending.username();
    }
}
