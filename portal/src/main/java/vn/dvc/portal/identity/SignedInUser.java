package vn.dvc.portal.identity;

import vn.dvc.portal.platform.AssuranceLevel;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of a signed-in session. It is stored with the session in PostgreSQL, so it holds only
 * identifiers and what the layout shows, never personal data beyond the display name. {@link #getName()}
 * is the user name (the audit log's actor).
 */
public final class SignedInUser implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String username;
    private final String displayName;
    private final AccountKind kind;
    private final Set<Role> roles;
    private final AssuranceLevel assuranceLevel;
    private final @Nullable String agencyCode;
    private final @Nullable String scopeCode;

    /** A principal whose scope is their own agency (applicants have neither). */
    public SignedInUser(UUID accountId, String username, String displayName, AccountKind kind, Set<Role> roles,
            AssuranceLevel assuranceLevel, @Nullable String agencyCode) {
        this(accountId, username, displayName, kind, roles, assuranceLevel, agencyCode, agencyCode);
    }

    /**
     * @param scopeCode the root of the agency subtree an officer acts in (their agency, or an ancestor such as the
     *                  province for the Centre's officers); null means their agency
     */
    public SignedInUser(UUID accountId, String username, String displayName, AccountKind kind, Set<Role> roles,
            AssuranceLevel assuranceLevel, @Nullable String agencyCode, @Nullable String scopeCode) {
        this.accountId = Objects.requireNonNull(accountId);
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.kind = Objects.requireNonNull(kind);
        this.roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        this.assuranceLevel = Objects.requireNonNull(assuranceLevel);
        this.agencyCode = agencyCode;
        this.scopeCode = scopeCode != null ? scopeCode : agencyCode;
    }

    public UUID getAccountId() {
        return accountId;
    }

    /** The user name, e.g. {@code demo.centre}. */
    @Override
    public String getName() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AccountKind getKind() {
        return kind;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The assurance level of this session (the account's level when it signed in). */
    public AssuranceLevel getAssuranceLevel() {
        return assuranceLevel;
    }

    /** This user with another session assurance level (after a step-up). */
    public SignedInUser withAssuranceLevel(AssuranceLevel level) {
        return new SignedInUser(accountId, username, displayName, kind, roles, level, agencyCode, scopeCode);
    }

    /** The officer's agency (QCVN 102 code), or null for applicants. */
    public @Nullable String getAgencyCode() {
        return agencyCode;
    }

    /**
     * The root of the agency subtree the officer acts in (their agency unless widened by an administrator), or
     * null for applicants. {@link OfficerScope} is the one check that uses it.
     */
    public @Nullable String getScopeCode() {
        return scopeCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
