package vn.dvc.portal.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A delegation: {@code from} (a leader) lets {@code to} (a deputy) act for them from {@code startsOn} to
 * {@code endsOn} inclusive (dates in Vietnam's time zone).
 */
public record Delegation(UUID id, UUID from, UUID to, LocalDate startsOn, LocalDate endsOn, String reason,
                         Instant grantedAt, String grantedBy, @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
