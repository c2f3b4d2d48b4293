package vn.dvc.portal.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A one-time code as stored (its keyed hash lives beside it): valid for {@link #LIFETIME}, at most
 * {@link #MAX_ATTEMPTS} tries, usable once.
 */
record OneTimeCode(UUID id, UUID accountId, byte[] codeHmac, Instant expiresAt, int attempts,
                   @Nullable Instant usedAt, boolean revoked) {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 5;

    /** What a try with a code leads to. */
    enum Outcome {
        ACCEPTED, WRONG, EXPIRED, USED, TOO_MANY_ATTEMPTS;
    }

    /**
     * Judges one try. A wrong try counts as an attempt (the caller stores {@code attempts + 1}); after
     * {@link #MAX_ATTEMPTS} tries even the right code is refused.
     */
    Outcome check(boolean codeMatches, Instant now) {
        if (usedAt != null || revoked) {
            return Outcome.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return Outcome.EXPIRED;
        }
        if (attempts >= MAX_ATTEMPTS) {
            return Outcome.TOO_MANY_ATTEMPTS;
        }
        return codeMatches ? Outcome.ACCEPTED : Outcome.WRONG;
    }

    /** Attempts left after this (wrong) try. */
    int attemptsLeftAfterWrongTry() {
        return Math.max(0, MAX_ATTEMPTS - attempts - 1);
    }
}
