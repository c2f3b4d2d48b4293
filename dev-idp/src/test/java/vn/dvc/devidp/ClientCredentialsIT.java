package vn.dvc.devidp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The systems that call the portal's officers' API (issue #15) get access tokens with the {@code client_credentials}
 * grant: a JWT of this issuer whose {@code sub} is the client id and whose {@code scope} is what was asked of the
 * client's scopes (none when none is asked); a scope the client does not have, or a wrong secret, is refused.
 */
class ClientCredentialsIT extends IdpIntegrationSupport {

    private final OidcTestClient client = new OidcTestClient(ISSUER);

    @Test
    void aRegisteredSystemGetsAJwtWithItsScopes() throws Exception {
        HttpResponse<String> response = client.postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", "dvc.processing"),
                OidcTestClient.basic("lgsp.yenbai", "lgsp-dev-secret"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> token = OidcTestClient.json(response.body());
        assertThat(token).containsEntry("token_type", "Bearer").containsEntry("scope", "dvc.processing");
        SignedJWT jwt = SignedJWT.parse((String) token.get("access_token"));
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(ISSUER);
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("lgsp.yenbai");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("dvc.processing");

        Map<String, Object> both = OidcTestClient.json(client.postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", "dvc.desk dvc.processing"),
                OidcTestClient.basic("sotuphap.hotich", "sotuphap-dev-secret")).body());
        assertThat(((String) both.get("scope")).split(" ")).containsExactlyInAnyOrder("dvc.desk", "dvc.processing");
        Map<String, Object> none = OidcTestClient.json(client.postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials"), OidcTestClient.basic("sotuphap.hotich", "sotuphap-dev-secret"))
                .body());
        assertThat(none).containsKey("access_token").doesNotContainKey("scope");
    }

    @Test
    void aScopeTheSystemDoesNotHaveOrAWrongSecretIsRefused() {
        HttpResponse<String> other = client.postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "scope", "dvc.feedback"),
                OidcTestClient.basic("sotuphap.hotich", "sotuphap-dev-secret"));
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("invalid_scope");
        HttpResponse<String> wrong = client.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                OidcTestClient.basic("lgsp.yenbai", "wrong"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("invalid_client");
    }
}
