package vn.dvc.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one list of roles: the officers' areas admit the roles held within an agency scope, and nothing else. */
class RoleTest {

    @Test
    void anyOfficerNamesExactlyTheRolesWithAnAgencyScope() {
        String roles = Arrays.stream(Role.values()).filter(Role::hasAgencyScope)
                .map(role -> "'" + role.name() + "'").collect(Collectors.joining(", "));
        assertThat(Role.ANY_OFFICER).isEqualTo("hasAnyRole(" + roles + ")");
        assertThat(Arrays.stream(Role.values()).filter(Role::hasAgencyScope))
                .doesNotContain(Role.CITIZEN, Role.BUSINESS).contains(Role.HOTLINE, Role.DESK, Role.ADMIN);
    }
}
