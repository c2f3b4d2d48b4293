package vn.dvc.portal.feedback.internal;

import java.util.EnumSet;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AssuranceLevel;

/** Signs a demo-like officer in on the current thread (the portal's own principal, as the sign-in makes it). */
final class Officers {

    static final String CENTRE = "000.00.01.H63";
    static final String JUSTICE = "000.00.15.H63";
    static final String OTHER = "000.00.20.H63";

    private Officers() {
    }

    static SignedInUser as(String username, String agency, Role role) {
        SignedInUser user = new SignedInUser(UUID.nameUUIDFromBytes(username.getBytes()), username, username,
                AccountKind.valueOf("OFFICER"), EnumSet.of(role), AssuranceLevel.values()[AssuranceLevel.values().length - 1],
                agency);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, java.util.List.of(new SimpleGrantedAuthority(role.authority()))));
        return user;
    }

    static void anonymous() {
        SecurityContextHolder.clearContext();
    }
}
