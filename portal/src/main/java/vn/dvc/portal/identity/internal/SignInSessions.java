package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.SignInStages;

/**
 * Replaces the session's authentication after a second step (a code at sign-in, a step-up, a completed
 * set-up): a new session id (no fixation), the new security context stored in the session (PostgreSQL).
 */
@Component
class SignInSessions {

    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final CookieRequestCache requestCache = new CookieRequestCache();

    /** The session's authentication for a signed-in user, with the officer's set-up flag if needed. */
    static Authentication signedIn(SignedInUser user, boolean setupRequired, @org.jspecify.annotations.Nullable Object details) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.getRoles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).forEach(authorities::add);
        if (setupRequired) {
            authorities.add(new SimpleGrantedAuthority(SignInStages.SECOND_FACTOR_SETUP_REQUIRED));
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
                authorities);
        token.setDetails(details);
        return token;
    }

    void establish(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    /** Where to go after a completed sign-in: the page asked for before (cookie), else the account page. */
    String target(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved != null) {
            requestCache.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return request.getContextPath() + "/tai-khoan";
    }
}
