package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.ExternalSignIn;

/**
 * National single sign-on (AUTH-3, AUTH-4) for the security chain: authorization requests with PKCE (S256)
 * and, for a step-up, {@code acr_values=urn:vn:vneid:loa:2}; the ID token's {@code acr} mapped to the
 * portal's levels (anything else refused); the account found, linked or created ({@link NationalAccounts});
 * then the same session principal as a password sign-in, at the level of {@code acr}. An account with TOTP
 * (every officer) still types its code; an officer without one must set it up first.
 */
final class NationalSignIn implements ExternalSignIn {

    static final String LOA_1 = "urn:vn:vneid:loa:1";
    static final String LOA_2 = "urn:vn:vneid:loa:2";
    /** Query parameter of {@code /oauth2/authorization/national} asking for level 2. */
    static final String LEVEL_PARAMETER = "muc";
    static final String NEXT_ATTRIBUTE = NationalSignIn.class.getName() + ".next";
    /** For a step-up: the account signed in when it started; the national identity must be that account's. */
    static final String STEP_UP_ACCOUNT_ATTRIBUTE = NationalSignIn.class.getName() + ".account";

    private final NationalIdentityProvider provider;
    private final NationalAccounts accounts;
    private final AccountStore store;
    private final SecondFactor secondFactor;
    private final SignInSessions sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final OidcUserService oidcUsers = new OidcUserService();

    NationalSignIn(NationalIdentityProvider provider, NationalAccounts accounts, AccountStore store,
            SecondFactor secondFactor, SignInSessions sessions, AuditLog audit, Clock clock) {
        this.provider = provider;
        this.accounts = accounts;
        this.store = store;
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    NationalIdentityProvider provider() {
        return provider;
    }

    @Override
    public OAuth2AuthorizationRequestResolver authorizationRequestResolver() {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(provider,
                "/oauth2/authorization");
        // PKCE for the confidential client too (Spring Security 7 adds it by default; forced here regardless)
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce().andThen(builder -> {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                    && "2".equals(attributes.getRequest().getParameter(LEVEL_PARAMETER))) {
                builder.additionalParameters(parameters -> parameters.put("acr_values", LOA_2));
            }
        }));
        return resolver;
    }

    @Override
    public OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        return request -> {
            OidcUser user = oidcUsers.loadUser(request);
            try {
                AssuranceLevel level = level(request.getIdToken().getClaimAsString("acr"));
                String citizenId = user.getClaimAsString("citizen_id");
                String name = user.getFullName();
                if (citizenId == null || name == null || name.isBlank() || name.length() > 200) {
                    throw new NationalAccounts.Refused("claims");
                }
                NationalAccounts.Claims claims = new NationalAccounts.Claims(
                        request.getIdToken().getIssuer().toString(), request.getIdToken().getSubject(), level,
                        citizenId, NationalAccounts.birthDate(user.getBirthdate()), name.strip(), email(user.getEmail()),
                        phone(user.getPhoneNumber()));
                StoredAccount account = accounts.signIn(claims, stepUpAccount());
                return new NationalUser(user, account.id(), level);
            } catch (NationalAccounts.Refused refused) {
                audit.record("identity.sign-in.failed", "sign-in", "national",
                        Map.of("method", "national", "reason", refused.reason()));
                throw new OAuth2AuthenticationException(new OAuth2Error("dvc_" + refused.reason()), refused.reason());
            }
        };
    }

    @Override
    public Authentication establish(Authentication external, HttpServletRequest request, HttpServletResponse response) {
        if (!(external.getPrincipal() instanceof NationalUser national)) {
            throw new IllegalStateException("not a national sign-in");
        }
        StoredAccount account = store.findById(national.accountId).orElseThrow();
        String accountId = account.id().toString();
        Authentication portal;
        if (secondFactor.enabled(account.id())) {
            audit.record("identity.sign-in.password-accepted", "account", accountId,
                    Map.of("method", "national", "assuranceLevel", national.level.name(), "next", "second-factor"));
            portal = new SecondFactorPending(account.id(), account.username(), clock.instant(), external.getDetails());
        } else {
            boolean setupRequired = account.kind() == AccountKind.OFFICER;
            audit.record("identity.sign-in.succeeded", "account", accountId, setupRequired
                    ? Map.of("method", "national", "assuranceLevel", national.level.name(), "secondFactor", "setup-required")
                    : Map.of("method", "national", "assuranceLevel", national.level.name()));
            portal = SignInSessions.signedIn(account.toPrincipal().withAssuranceLevel(national.level), setupRequired,
                    external.getDetails());
        }
        sessions.establish(portal, request, response);
        return portal;
    }

    @Override
    public @Nullable String nextPath(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(NEXT_ATTRIBUTE) instanceof String next)) {
            return null;
        }
        session.removeAttribute(NEXT_ATTRIBUTE);
        return SafePaths.relative(next);
    }

    private static java.util.@Nullable UUID stepUpAccount() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null && session.getAttribute(STEP_UP_ACCOUNT_ATTRIBUTE) instanceof java.util.UUID expected) {
                session.removeAttribute(STEP_UP_ACCOUNT_ATTRIBUTE);
                return expected;
            }
        }
        return null;
    }

    static AssuranceLevel level(@Nullable String acr) {
        if (LOA_2.equals(acr)) {
            return AssuranceLevel.NATIONAL_IDENTITY;
        }
        if (LOA_1.equals(acr)) {
            return AssuranceLevel.VERIFIED_BY_CODE;
        }
        throw new NationalAccounts.Refused("acr");
    }

    private static @Nullable String email(@Nullable String email) {
        if (email == null) {
            return null;
        }
        String lower = email.strip().toLowerCase(Locale.ROOT);
        return lower.length() <= 254 && lower.matches("[^@\\s]+@[^@\\s]+") ? lower : null;
    }

    /** E.164 {@code +84…} or {@code 0…} as the portal stores it ({@code 0xxxxxxxxx}); anything else: none. */
    static @Nullable String phone(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip().replace(" ", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        return digits.matches("0[0-9]{9,10}") ? digits : null;
    }

    /** The provider's user, with the portal account it signed in as and the level of its {@code acr}. */
    static final class NationalUser extends DefaultOidcUser {
        private static final long serialVersionUID = 1L;
        private final java.util.UUID accountId;
        private final AssuranceLevel level;

        NationalUser(OidcUser user, java.util.UUID accountId, AssuranceLevel level) {
            super(java.util.List.of(new SimpleGrantedAuthority("OIDC_USER")), user.getIdToken(), user.getUserInfo(),
                    "sub");
            this.accountId = accountId;
            this.level = level;
        }
    }
}
