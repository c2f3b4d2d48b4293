package vn.dvc.portal.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.AccountSummary;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;

/** An account row with its roles and, for officers, its place. */
record StoredAccount(UUID id, AccountKind kind, String username, String displayName, @Nullable String email,
                     @Nullable String phone, String passwordHash, Status status, AssuranceLevel assuranceLevel,
                     int failedSignIns, @Nullable Instant lockedUntil, Set<Role> roles,
                     @Nullable String agencyCode, @Nullable String unit, @Nullable String scopeCode) {

    /** PENDING until the e-mail or phone is verified; only ACTIVE accounts sign in. */
    enum Status {
        PENDING, ACTIVE, DISABLED
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The session's principal with the given level (at least the account's). */
    SignedInUser toPrincipal(AssuranceLevel sessionLevel) {
        return new SignedInUser(id, username, displayName, kind, roles,
                sessionLevel.isAtLeast(assuranceLevel) ? sessionLevel : assuranceLevel, agencyCode, scopeCode);
    }

    SignedInUser toPrincipal() {
        return new SignedInUser(id, username, displayName, kind, roles, assuranceLevel, agencyCode, scopeCode);
    }

    AccountSummary toSummary() {
        return new AccountSummary(id, username, displayName, kind, roles, assuranceLevel, agencyCode,
                status == Status.ACTIVE);
    }

    @Override
    public String toString() {
        return "StoredAccount[" + id + "]";
    }
}
