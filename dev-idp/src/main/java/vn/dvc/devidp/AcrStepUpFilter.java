package vn.dvc.devidp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Honours {@code acr_values} at the authorization endpoint: when the request asks for a level that the
 * identity signed in at this provider does not reach, that sign-in is ended here so the user is sent to the
 * sign-in page again (which then lists only identities at the requested level) — a level-1 identity is never
 * issued a code for a level-2 request. This is also how the portal's step-up works: it asks again with
 * {@code acr_values=urn:vn:vneid:loa:2}.
 */
final class AcrStepUpFilter extends OncePerRequestFilter {

    /** Session attribute telling the sign-in page why it is shown again. */
    static final String UNMET_ATTRIBUTE = AcrStepUpFilter.class.getName() + ".UNMET";

    private final RequestMatcher authorizationEndpoint;

    AcrStepUpFilter(String authorizationEndpointPath) {
        this.authorizationEndpoint = PathPatternRequestMatcher.withDefaults().matcher(authorizationEndpointPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (authorizationEndpoint.matches(request)) {
            Optional<AssuranceLevel> required = AssuranceLevel.minimumRequested(request.getParameter("acr_values"));
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (required.isPresent() && authentication != null && authentication.isAuthenticated()) {
                Optional<TestIdentity> identity = TestIdentities.byUsername(authentication.getName());
                if (identity.isPresent() && !identity.get().level().satisfies(required.get())) {
                    new SecurityContextLogoutHandler().logout(request, response, authentication);
                    request.getSession(true).setAttribute(UNMET_ATTRIBUTE, identity.get().username());
                }
            }
        }
        chain.doFilter(request, response);
    }
}
