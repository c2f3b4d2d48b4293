package vn.dvc.portal.identity.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.OfficerRoles;

/**
 * {@link OfficerRoles} from the one list of roles: every role held within an agency scope
 * ({@link Role#hasAgencyScope()}: the officers' roles and the hotline) opens the officers' areas.
 */
@Component
class OfficerAreaRoles implements OfficerRoles {

    private static final Set<String> AUTHORITIES = Arrays.stream(Role.values()).filter(Role::hasAgencyScope)
            .map(Role::authority).collect(Collectors.toUnmodifiableSet());

    @Override
    public Set<String> authorities() {
        return AUTHORITIES;
    }
}
