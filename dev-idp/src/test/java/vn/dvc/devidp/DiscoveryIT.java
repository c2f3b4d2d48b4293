package vn.dvc.devidp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscoveryIT extends IdpIntegrationSupport {

    private final OidcTestClient client = new OidcTestClient(ISSUER);

    @Test
    void discoveryDocumentNamesTheConfiguredIssuerAndItsEndpoints() {
        HttpResponse<String> response = client.get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> discovery = OidcTestClient.json(response.body());
        assertThat(discovery.get("issuer")).isEqualTo(ISSUER);
        assertThat(discovery).containsEntry("authorization_endpoint", ISSUER + "/oauth2/authorize")
                .containsEntry("token_endpoint", ISSUER + "/oauth2/token")
                .containsEntry("jwks_uri", ISSUER + "/oauth2/jwks")
                .containsEntry("userinfo_endpoint", ISSUER + "/userinfo")
                .containsEntry("end_session_endpoint", ISSUER + "/connect/logout");
        assertThat(strings(discovery, "acr_values_supported"))
                .containsExactly("urn:vn:vneid:loa:1", "urn:vn:vneid:loa:2");
        assertThat(strings(discovery, "code_challenge_methods_supported")).contains("S256");
        assertThat(strings(discovery, "response_types_supported")).containsExactly("code");
        assertThat(strings(discovery, "scopes_supported")).contains("openid", "profile", "email", "phone");
        assertThat(strings(discovery, "claims_supported")).contains("acr", "citizen_id", "birthdate");
        assertThat(strings(discovery, "token_endpoint_auth_methods_supported"))
                .contains("client_secret_basic", "none");
        assertThat(strings(discovery, "id_token_signing_alg_values_supported")).contains("RS256");
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> strings(Map<String, Object> document, String name) {
        return (java.util.List<String>) document.get(name);
    }

    @Test
    void jwksPublishesOnlyThePublicRsaSigningKey() throws Exception {
        HttpResponse<String> response = client.get("/oauth2/jwks");

        assertThat(response.statusCode()).isEqualTo(200);
        JWKSet keys = JWKSet.parse(response.body());
        assertThat(keys.getKeys()).hasSize(1);
        RSAKey key = (RSAKey) keys.getKeys().getFirst();
        assertThat(key.getKeyType()).isEqualTo(KeyType.RSA);
        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getKeyID()).isNotBlank();
        assertThat(key.isPrivate()).isFalse();
        assertThat(response.body()).doesNotContain("\"d\"");
    }

    @Test
    void oauthMetadataAgreesOnTheIssuer() {
        HttpResponse<String> response = client.get("/.well-known/oauth-authorization-server");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(OidcTestClient.json(response.body()).get("issuer")).isEqualTo(ISSUER);
    }
}
