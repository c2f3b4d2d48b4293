package vn.dvc.portal.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.dvc.portal.platform.ApiClients;
import vn.dvc.portal.platform.OfficerRoles;
import vn.dvc.portal.platform.internal.web.ProblemAnswer;

/**
 * The officers' API for other systems (issue #15): a request to the officers' API
 * ({@link SecurityConfiguration#OFFICER_API}) that carries {@code Authorization: Bearer} is handled by this chain of its own, ahead of the portal's, and only
 * when {@code DVC_API_TOKEN_ISSUER} names the token issuer (empty: no such chain, and a bearer request is an
 * anonymous one to the portal's chain, 401). A second chain rather than more rules in the portal's one: a bearer
 * request has no session and needs no CSRF token, must never be sent to a sign-in page, a second-factor step or a
 * saved request, and must never create a session — none of which the portal's chain can say per request without
 * conditions on every rule.
 *
 * <p>The token is a JWT signed by the issuer (its keys from its discovery document, read at the first bearer request,
 * not at start-up), within its lifetime, with the issuer's {@code iss}. Its client ({@code client_id}, else
 * {@code sub}) must be registered ({@link ApiClients}, the accounts module): the request then acts as the client's
 * account — its roles and agency scope — so the modules' own role and scope checks apply as to a signed-in
 * officer, and the history names the account. An unknown client, a bad or expired token: 401 {@code UNAUTHENTICATED}
 * with {@code WWW-Authenticate: Bearer error="invalid_token"}. Each path needs its scope ({@link #SCOPES}) and an
 * officer's role: a token without the scope gets 403 {@code INSUFFICIENT_SCOPE} with
 * {@code WWW-Authenticate: Bearer error="insufficient_scope", scope="…"} (RFC 6750).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${dvc.api.token-issuer:}'.trim().isEmpty()")
class ApiTokenSecurity {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenSecurity.class);

    /** The scope each part of the officers' API needs, by its path pattern in {@link SecurityConfiguration#OFFICER_API}. */
    static final Map<String, String> SCOPES = scopes();

    private static Map<String, String> scopes() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("/api/v1/desk/**", "dvc.desk");
        scopes.put("/api/v1/processing/**", "dvc.processing");
        scopes.put("/api/v1/feedback/export", "dvc.feedback");
        return scopes;
    }

    @Bean
    @Order(1)
    SecurityFilterChain bearerTokenChain(HttpSecurity http, Environment environment, ObjectProvider<ApiClients> clients,
            ObjectProvider<OfficerRoles> officerRoles) throws Exception {
        String issuer = environment.getRequiredProperty("dvc.api.token-issuer").strip();
        ApiClients registered = clients.getIfAvailable(() -> id -> java.util.Optional.empty());
        JwtDecoder decoder = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
        RequestMatcher bearer = request -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        };
        RequestMatcher officerApi = new OrRequestMatcher(Stream.of(SecurityConfiguration.OFFICER_API)
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(pattern)).toList());
        AuthorizationManager<RequestAuthorizationContext> officer =
                SecurityConfiguration.officerRole(officerRoles.getIfAvailable());
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        http.securityMatcher(new AndRequestMatcher(officerApi, bearer))
                .authorizeHttpRequests(requests -> {
                    SCOPES.forEach((pattern, scope) -> requests.requestMatchers(pattern).access(AuthorizationManagers
                            .allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_" + scope), officer)));
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new ClientConverter(registered)))
                        .authenticationEntryPoint((request, response, exception) -> {
                            challenge.commence(request, response, exception);
                            response.sendError(HttpStatus.UNAUTHORIZED.value());
                        })
                        .accessDeniedHandler((request, response, exception) -> {
                            String scope = requiredScope(request);
                            if (scope != null && !has(SecurityContextHolder.getContext().getAuthentication(),
                                    "SCOPE_" + scope)) {
                                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", "
                                        + "error_description=\"The request requires the scope " + scope + "\", scope=\""
                                        + scope + "\"");
                                ProblemAnswer.send(ProblemAnswer.INSUFFICIENT_SCOPE, request, response);
                            } else {
                                response.sendError(HttpStatus.FORBIDDEN.value());
                            }
                        }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        log.info("The officers' API accepts bearer tokens of {} (scopes {})", issuer, Set.copyOf(SCOPES.values()));
        return http.build();
    }

    /** The scope the request's path needs, or null outside the officers' API. */
    static @Nullable String requiredScope(HttpServletRequest request) {
        for (Map.Entry<String, String> entry : SCOPES.entrySet()) {
            if (PathPatternRequestMatcher.pathPattern(entry.getKey()).matches(request)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean has(@Nullable Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    /** A verified token → the registered client's account with its roles and the token's scopes. */
    private static final class ClientConverter implements Converter<Jwt, AbstractAuthenticationToken> {

        private final ApiClients clients;
        private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

        ClientConverter(ApiClients clients) {
            this.clients = clients;
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt token) {
            String clientId = token.hasClaim("client_id") ? token.getClaimAsString("client_id") : token.getSubject();
            if (clientId == null || clientId.isBlank()) {
                throw new InvalidBearerTokenException("the token names no client");
            }
            ApiClients.Client client = clients.find(clientId)
                    .orElseThrow(() -> new InvalidBearerTokenException("the token's client is not registered here"));
            Set<GrantedAuthority> authorities = Stream.concat(
                            client.authorities().stream().map(SimpleGrantedAuthority::new),
                            scopes.convert(token).stream())
                    .collect(Collectors.toSet());
            return new ApiClientAuthentication(token, client.clientId(), client.principal(), authorities);
        }
    }
}
