package vn.dvc.portal.identity;

import vn.dvc.portal.platform.AssuranceLevel;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of an account without reading its personal data.
 *
 * @param id             the account id
 * @param username       the user name
 * @param displayName    the name shown (person or organisation)
 * @param kind           individual, organisation or officer
 * @param roles          its roles
 * @param assuranceLevel how well its identity is established
 * @param agencyCode     an officer's agency (QCVN 102 code), else null
 * @param active         whether it may sign in (verified, not disabled)
 */
public record AccountSummary(UUID id, String username, String displayName, AccountKind kind, Set<Role> roles,
                             AssuranceLevel assuranceLevel, @Nullable String agencyCode, boolean active) {
}
