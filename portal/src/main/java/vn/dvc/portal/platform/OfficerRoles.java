package vn.dvc.portal.platform;

import java.util.Set;

/**
 * Which roles open the officers' areas ({@code /can-bo}, {@code /quan-tri}). The accounts module knows the roles
 * and provides this, as it provides {@link PersonalDataProtection}; the platform's security configuration asks
 * it and keeps no list of its own (without a provider, nobody reaches those areas).
 */
public interface OfficerRoles {

    /** The Spring Security authorities of the officers' roles, e.g. {@code ROLE_DESK}. */
    Set<String> authorities();
}
