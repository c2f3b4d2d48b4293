package vn.dvc.portal.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.util.StringUtils;
import vn.dvc.portal.platform.ExternalSignIn;
import vn.dvc.portal.platform.OfficerRoles;
import vn.dvc.portal.platform.SignInStages;

/**
 * Who may reach what — the portal's one security filter chain. Public pages, static files, the public API,
 * health and the API description are open; the applicant's area ({@code /tai-khoan}) and API
 * ({@link #PRIVATE_API}) need a signed-in user, the officers' area ({@code /can-bo}), administration
 * ({@code /quan-tri}) and API ({@link #OFFICER_API}) a signed-in officer; finer rules (roles, agency subtrees)
 * are checked by each module on its services with {@code @PreAuthorize}. An anonymous API caller gets 401
 * problem JSON whatever it accepts, a page visitor the sign-in page.
 *
 * <p>CSRF: every request that changes something and carries the session cookie needs the token, which lives in
 * the {@code XSRF-TOKEN} cookie — pages post it in their forms, API clients send the cookie's value in the
 * {@code X-XSRF-TOKEN} header; a refusal is 403 problem JSON {@code CSRF_TOKEN_INVALID} on the API. A token
 * rather than a check of {@code Origin}/{@code Sec-Fetch-Site}: it does not depend on what a browser or proxy
 * sends or strips, and the pages already use it. Exempt are API calls without a session (they carry no
 * credential a forged request could borrow; anonymous clients of the public API have no cookie to read a
 * token from), the SMS webhook ({@value #SMS_WEBHOOK}, signed) and the National Portal's endpoint
 * ({@value #NATIONAL_PORTAL}, its key).
 *
 * <p>Sign-in is a form at {@code /dang-nhap} (the accounts module provides the page and the
 * {@code AuthenticationProvider}); a failure is forwarded to {@code /dang-nhap/that-bai}, which shows the
 * form with its message. Sessions live in PostgreSQL (Spring Session JDBC), so any node serves any
 * signed-in user; visitors get no session at all: the CSRF token lives in a cookie, and the page a
 * visitor asked for before signing in is remembered in a cookie too.
 *
 * <p>Second factor ({@link SignInStages}): a session that holds {@link SignInStages#SECOND_FACTOR_PENDING}
 * (right password, code still to come) reaches no private area and is sent to the second step; an officer's
 * session with {@link SignInStages#SECOND_FACTOR_SETUP_REQUIRED} reaches the account pages (to set one up)
 * but not the officers' areas, and is sent to the set-up page. This is the one place that enforces it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PRIVATE_AREAS = {"/tai-khoan/**", "/can-bo/**", "/quan-tri/**"};
    /** The API of signed-in applicants: their dossiers, drafts, data store and questions. */
    static final String[] PRIVATE_API = {"/api/v1/my/**", "/api/v1/questions/mine"};
    /** The API of officers: the desk, processing, the feedback export (finer roles checked by each module). */
    static final String[] OFFICER_API = {"/api/v1/desk/**", "/api/v1/processing/**", "/api/v1/feedback/export"};
    /**
     * The two API endpoints that authenticate each call by other means than the session cookie — the SMS
     * gateway's signature and the National Portal's key — and so need no CSRF token.
     */
    static final String SMS_WEBHOOK = "/api/v1/sms/inbound";
    static final String NATIONAL_PORTAL = "/api/v1/national-portal/dossiers";
    /**
     * Reached with an officer's role ({@link OfficerRoles}, from the accounts module); applicants are refused
     * there. The hotline reaches the officers' look-up only: every other officer page checks its own roles.
     */
    static final String[] OFFICER_AREAS = {"/can-bo/**", "/quan-tri/**"};
    static final String SESSION_COOKIE = "dvc-session";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ObjectProvider<ExternalSignIn> externalSignIn,
            ObjectProvider<OfficerRoles> officerRoles) throws Exception {
        CookieRequestCache requestCache = new CookieRequestCache();
        requestCache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"))));
        AuthorizationManager<RequestAuthorizationContext> notPending =
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(SignInStages.SECOND_FACTOR_PENDING));
        AuthorizationManager<RequestAuthorizationContext> officer = AuthorizationManagers.allOf(
                officerRole(officerRoles.getIfAvailable()), notPending,
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(
                        SignInStages.SECOND_FACTOR_SETUP_REQUIRED)));
        AuthorizationManager<RequestAuthorizationContext> signedIn = AuthorizationManagers.allOf(
                AuthenticatedAuthorizationManager.authenticated(), notPending);
        SavedRequestAwareAuthenticationSuccessHandler toSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
        toSavedRequest.setDefaultTargetUrl("/tai-khoan");
        toSavedRequest.setRequestCache(requestCache);
        AuthenticationSuccessHandler success = (request, response, authentication) -> {
            if (has(authentication, SignInStages.SECOND_FACTOR_PENDING)) {
                response.sendRedirect(request.getContextPath() + SignInStages.SECOND_STEP_PATH);
            } else if (has(authentication, SignInStages.SECOND_FACTOR_SETUP_REQUIRED)) {
                response.sendRedirect(request.getContextPath() + SignInStages.SETUP_PATH);
            } else {
                toSavedRequest.onAuthenticationSuccess(request, response, authentication);
            }
        };
        AccessDeniedHandler refused = new AccessDeniedHandlerImpl();
        AccessDeniedHandler denied = (request, response, exception) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            // the error page tells a refused CSRF token from other refusals (problem code CSRF_TOKEN_INVALID)
            request.setAttribute(WebAttributes.ACCESS_DENIED_403, exception);
            // remember the page (GET only, as at sign-in) so that the finished step leads back to it
            if (!api && has(authentication, SignInStages.SECOND_FACTOR_PENDING)) {
                requestCache.saveRequest(request, response);
                response.sendRedirect(request.getContextPath() + SignInStages.SECOND_STEP_PATH);
            } else if (!api && has(authentication, SignInStages.SECOND_FACTOR_SETUP_REQUIRED)) {
                requestCache.saveRequest(request, response);
                response.sendRedirect(request.getContextPath() + SignInStages.SETUP_PATH);
            } else {
                refused.handle(request, response, exception);
            }
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(OFFICER_AREAS).access(officer)
                        .requestMatchers(PRIVATE_AREAS).access(signedIn)
                        .requestMatchers(OFFICER_API).access(officer)
                        .requestMatchers(PRIVATE_API).access(signedIn)
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/dang-nhap")
                        .loginProcessingUrl("/dang-nhap")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(success)
                        .failureHandler(new ForwardAuthenticationFailureHandler("/dang-nhap/that-bai"))
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/dang-xuat")
                        .logoutSuccessUrl("/dang-nhap?da-dang-xuat")
                        .deleteCookies(SESSION_COOKIE)
                        .permitAll())
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new FormOrHeaderToken())
                        .ignoringRequestMatchers(
                                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, SMS_WEBHOOK),
                                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, NATIONAL_PORTAL),
                                new AndRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"),
                                        request -> request.getRequestedSessionId() == null)))
                .exceptionHandling(errors -> errors
                        .accessDeniedHandler(denied)
                        // the error page answers problem JSON (401 UNAUTHENTICATED), whatever the client accepts
                        .defaultAuthenticationEntryPointFor(
                                (request, response, exception) -> response.sendError(HttpStatus.UNAUTHORIZED.value()),
                                PathPatternRequestMatcher.pathPattern("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/dang-nhap"),
                                request -> true))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                                        + "base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // sent on every response: behind a TLS-terminating proxy the request looks like HTTP;
                        // browsers ignore it on plain HTTP (RFC 6797 §8.1)
                        .httpStrictTransportSecurity(hsts -> hsts
                                .requestMatcher(AnyRequestMatcher.INSTANCE)
                                .includeSubDomains(true)
                                .maxAgeInSeconds(31_536_000)))
                .requestCache(cache -> cache.requestCache(requestCache))
                .sessionManagement(session -> session.sessionFixation().changeSessionId());
        ExternalSignIn external = externalSignIn.getIfAvailable();
        if (external != null) {
            // national single sign-on (OIDC authorization code + PKCE): the provider's answer becomes the
            // portal's own sign-in; failures are shown by the sign-in page like a password failure
            AuthenticationSuccessHandler externalSuccess = (request, response, authentication) -> {
                Authentication portal = external.establish(authentication, request, response);
                String next = external.nextPath(request);
                if (next != null && !has(portal, SignInStages.SECOND_FACTOR_PENDING)
                        && !has(portal, SignInStages.SECOND_FACTOR_SETUP_REQUIRED)) {
                    response.sendRedirect(request.getContextPath() + next);
                } else {
                    success.onAuthenticationSuccess(request, response, portal);
                }
            };
            http.oauth2Login(login -> login
                    .loginPage("/dang-nhap")
                    .authorizationEndpoint(endpoint -> endpoint
                            .authorizationRequestResolver(external.authorizationRequestResolver()))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(external.userService()))
                    // no provider token is kept: the portal needs only the sign-in
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .successHandler(externalSuccess)
                    .failureHandler(new ForwardAuthenticationFailureHandler("/dang-nhap/that-bai")));
        }
        return http.build();
    }

    /**
     * Where a request's CSRF token is read. A page's form posts the token masked afresh for each page
     * ({@code _csrf}, against BREACH); an API client sends the value of the {@code XSRF-TOKEN} cookie as it is,
     * in the {@code X-XSRF-TOKEN} header (what {@code csrf.spa()} does, except that the token is still made only
     * when a page or a check needs it, so visitors get no cookie they do not need).
     */
    private static final class FormOrHeaderToken implements CsrfTokenRequestHandler {

        private final CsrfTokenRequestHandler form = new XorCsrfTokenRequestAttributeHandler();
        private final CsrfTokenRequestHandler header = new CsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            form.handle(request, response, token);
        }

        @Override
        public @org.jspecify.annotations.Nullable String resolveCsrfTokenValue(HttpServletRequest request,
                CsrfToken token) {
            return StringUtils.hasText(request.getHeader(token.getHeaderName()))
                    ? header.resolveCsrfTokenValue(request, token) : form.resolveCsrfTokenValue(request, token);
        }
    }

    /** Keeps no access or refresh token of the provider (the sign-in is all the portal uses). */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> @org.jspecify.annotations.Nullable T loadAuthorizedClient(
                String clientRegistrationId, @org.jspecify.annotations.Nullable Authentication principal,
                jakarta.servlet.http.HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
                jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
                jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        }
    }

    /** Holds one of the officers' roles; nobody when no module provides them. */
    static AuthorizationManager<RequestAuthorizationContext> officerRole(
            @org.jspecify.annotations.Nullable OfficerRoles roles) {
        if (roles == null || roles.authorities().isEmpty()) {
            return (authentication, context) -> new AuthorizationDecision(false);
        }
        return AuthorityAuthorizationManager.hasAnyAuthority(roles.authorities().toArray(String[]::new));
    }

    private static boolean has(@org.jspecify.annotations.Nullable Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }
}
