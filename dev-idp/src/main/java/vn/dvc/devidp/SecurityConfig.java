package vn.dvc.devidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Authorization Server set up as the development national identity provider: the portal as a client (PKCE
 * required), the systems that call the portal's officers' API as {@code client_credentials} clients
 * ({@link SystemClients}), the test identities as users, an RSA key generated at start, and the claims
 * {@code acr}, {@code citizen_id} and the standard profile/email/phone claims in the ID token and at userinfo.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String LOGIN_PAGE = "/dang-nhap";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /** The protocol endpoints (authorization, token, JWKS, discovery, userinfo, logout). */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, AuthorizationServerSettings settings)
            throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(oidc -> oidc
                    .providerConfigurationEndpoint(endpoint -> endpoint.providerConfigurationCustomizer(config -> config
                            .tokenEndpointAuthenticationMethods(methods -> {
                                if (!methods.contains("none")) {
                                    methods.add("none"); // public client with PKCE
                                }
                            })
                            .claim("scopes_supported", java.util.stream.Stream.concat(IdentityClaims.SCOPES.stream(),
                                    SystemClients.API_SCOPES.stream()).toList())
                            .claim("claims_supported", IdentityClaims.SUPPORTED)
                            .claim("acr_values_supported",
                                    List.of(AssuranceLevel.LOA1.acr(), AssuranceLevel.LOA2.acr()))
                            .claim("ui_locales_supported", List.of("vi"))))
                    .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context -> {
                        var authorization = context.getAuthorization();
                        TestIdentity identity = TestIdentities.byUsername(authorization.getPrincipalName())
                                .orElseThrow();
                        return new OidcUserInfo(IdentityClaims.of(identity, authorization.getAuthorizedScopes()));
                    })));
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .addFilterAfter(new AcrStepUpFilter(settings.getAuthorizationEndpoint()),
                        SecurityContextHolderFilter.class)
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                        PathPatternRequestMatcher.withDefaults().matcher(settings.getAuthorizationEndpoint())))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    /** The sign-in page and everything else. */
    @Bean
    @Order(2)
    SecurityFilterChain defaultChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/", LOGIN_PAGE, "/error", "/favicon.ico").permitAll()
                        // exists only with DVC_IDP_TEST_CONTROLS=true (TestControls)
                        .requestMatchers(TestControls.PATH).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(TestControls.PATH))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll())
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl(LOGIN_PAGE + "?logout"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(IdpProperties properties, PasswordEncoder encoder) {
        String hash = encoder.encode(properties.password());
        return new InMemoryUserDetailsManager(TestIdentities.ALL.stream()
                .map(identity -> User.withUsername(identity.username()).password(hash).roles("CITIZEN").build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients(IdpProperties properties, PasswordEncoder encoder) {
        RegisteredClient portal = RegisteredClient.withId(UUID.nameUUIDFromBytes(
                        properties.clientId().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                .clientId(properties.clientId())
                .clientName("Cổng Dịch vụ công (phát triển)")
                .clientSecret(encoder.encode(properties.clientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(properties.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(properties.postLogoutRedirectUris()))
                .scopes(scopes -> scopes.addAll(IdentityClaims.SCOPES))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .build();
        log.info("Development identity provider (NOT for production): issuer {}, client {}, redirect URIs {}, "
                        + "systems {}", properties.issuer(), properties.clientId(), properties.redirectUris(),
                SystemClients.ALL.stream().map(SystemClients.SystemClient::clientId).toList());
        List<RegisteredClient> clients = new java.util.ArrayList<>(List.of(portal));
        SystemClients.ALL.forEach(client -> clients.add(SystemClients.registered(client, encoder)));
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdpProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    /** A fresh RSA 2048 key at every start, published at the JWKS endpoint. */
    @Bean
    JWKSource<SecurityContext> jwkSource() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keyPair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                .privateKey((RSAPrivateKey) keyPair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The identity's stable {@code sub} in every token; its claims (and {@code acr}) in the ID token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        return context -> TestIdentities.byUsername(context.getPrincipal().getName()).ifPresent(identity -> {
            context.getClaims().subject(identity.subject());
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claims(claims ->
                        claims.putAll(IdentityClaims.of(identity, context.getAuthorizedScopes())));
                switch (Misbehaviour.current()) {
                    case WRONG_ISSUER -> context.getClaims().issuer(Misbehaviour.WRONG_ISSUER_VALUE);
                    case UNKNOWN_ACR -> context.getClaims().claim(IdentityClaims.ACR, Misbehaviour.UNKNOWN_ACR_VALUE);
                    case NONE -> {
                    }
                }
            }
        });
    }
}
