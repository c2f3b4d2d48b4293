package vn.dvc.devidp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.devidp.OidcTestClient.location;
import static vn.dvc.devidp.OidcTestClient.queryOf;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The authorization-code flow with PKCE, driven over plain HTTP as the portal and a browser would: the
 * authorization request, the sign-in form, the redirect to the portal (captured, never followed), the code
 * exchange, the ID token checked against the JWKS, and userinfo.
 */
class AuthorizationCodeFlowIT extends IdpIntegrationSupport {

    private static final String LOA1 = "urn:vn:vneid:loa:1";
    private static final String LOA2 = "urn:vn:vneid:loa:2";

    private final OidcTestClient browser = new OidcTestClient(ISSUER);

    /** One authorization request, with its secrets kept by the relying party. */
    record AuthorizationRequest(String url, String verifier, String state, String nonce, String redirectUri) {
    }

    static AuthorizationRequest authorizationRequest(String acrValues, String redirectUri) {
        String verifier = OidcTestClient.randomToken();
        String state = OidcTestClient.randomToken();
        String nonce = OidcTestClient.randomToken();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", CLIENT_ID);
        params.put("redirect_uri", redirectUri);
        params.put("scope", "openid profile email phone");
        params.put("state", state);
        params.put("nonce", nonce);
        params.put("code_challenge", OidcTestClient.s256(verifier));
        params.put("code_challenge_method", "S256");
        if (acrValues != null) {
            params.put("acr_values", acrValues);
        }
        return new AuthorizationRequest(ISSUER + "/oauth2/authorize?" + OidcTestClient.formBody(params), verifier,
                state, nonce, redirectUri);
    }

    /** Follows the authorization request through the sign-in page; returns where the provider sends the browser. */
    private String signIn(AuthorizationRequest request, String username, String password) {
        String toLogin = location(browser.get(request.url()));
        assertThat(toLogin).isEqualTo(ISSUER + "/dang-nhap");
        HttpResponse<String> page = browser.get(toLogin);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nhà cung cấp định danh thử nghiệm — chỉ dùng cho phát triển");
        String afterLogin = location(browser.postForm("/dang-nhap", Map.of("username", username,
                "password", password, "_csrf", OidcTestClient.csrf(page.body())), null));
        if (afterLogin.contains("/dang-nhap")) {
            return afterLogin;
        }
        assertThat(afterLogin).startsWith(ISSUER + "/oauth2/authorize?");
        return location(browser.get(afterLogin));
    }

    /** The code from a successful redirect to the portal, after checking the state came back unchanged. */
    private static String codeFrom(String redirect, AuthorizationRequest request) {
        assertThat(redirect).startsWith(request.redirectUri() + "?");
        Map<String, String> query = queryOf(redirect);
        assertThat(query).doesNotContainKey("error").containsEntry("state", request.state());
        assertThat(query.get("code")).isNotBlank();
        return query.get("code");
    }

    private HttpResponse<String> exchange(String code, String redirectUri, String verifier, boolean confidential) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", verifier);
        if (!confidential) {
            form.put("client_id", CLIENT_ID);
        }
        return browser.postForm("/oauth2/token", form,
                confidential ? OidcTestClient.basic(CLIENT_ID, CLIENT_SECRET) : null);
    }

    private JWTClaimsSet idTokenClaims(HttpResponse<String> tokenResponse, AuthorizationRequest request)
            throws Exception {
        assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
        Map<String, Object> tokens = OidcTestClient.json(tokenResponse.body());
        assertThat(tokens.get("token_type")).isEqualTo("Bearer");
        SignedJWT idToken = browser.verifiedIdToken((String) tokens.get("id_token"));
        JWTClaimsSet claims = idToken.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly(CLIENT_ID);
        assertThat(claims.getStringClaim("nonce")).isEqualTo(request.nonce());
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now());
        assertThat(claims.getIssueTime().toInstant()).isBeforeOrEqualTo(Instant.now().plusSeconds(5));
        return claims;
    }

    private Map<String, Object> userInfo(HttpResponse<String> tokenResponse) {
        String accessToken = (String) OidcTestClient.json(tokenResponse.body()).get("access_token");
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(ISSUER + "/userinfo"))
                .header("Authorization", "Bearer " + accessToken).GET().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return OidcTestClient.json(response.body());
    }

    @Test
    void level1IdentityConfidentialClient() throws Exception {
        AuthorizationRequest request = authorizationRequest(null, REDIRECT_URI);
        String code = codeFrom(signIn(request, "cong.dan.muc1", PASSWORD), request);

        HttpResponse<String> tokens = exchange(code, REDIRECT_URI, request.verifier(), true);

        JWTClaimsSet claims = idTokenClaims(tokens, request);
        assertThat(OidcTestClient.json(tokens.body())).containsKey("refresh_token");
        assertThat(claims.getSubject()).isEqualTo("3f6c1a52-8d0e-4b7a-9c51-0e2a7d4b9f11");
        assertThat(claims.getStringClaim("acr")).isEqualTo(LOA1);
        assertThat(claims.getStringClaim("name")).isEqualTo("Phạm Thị Thu Trang");
        assertThat(claims.getStringClaim("birthdate")).isEqualTo("1995-08-21");
        assertThat(claims.getStringClaim("phone_number")).isEqualTo("+84912345678");
        assertThat(claims.getStringClaim("email")).isEqualTo("thutrang.pham@example.com");
        assertThat(claims.getStringClaim("citizen_id")).isEqualTo("015195003782");
        assertThat(claims.getStringClaim("azp")).isEqualTo(CLIENT_ID);

        Map<String, Object> userInfo = userInfo(tokens);
        assertThat(userInfo).containsEntry("sub", claims.getSubject()).containsEntry("acr", LOA1)
                .containsEntry("citizen_id", "015195003782").containsEntry("name", "Phạm Thị Thu Trang")
                .containsEntry("birthdate", "1995-08-21").containsEntry("phone_number", "+84912345678")
                .containsEntry("email", "thutrang.pham@example.com");
    }

    @Test
    void level2IdentityPublicClientAskingForLevel2() throws Exception {
        AuthorizationRequest request = authorizationRequest(LOA2, REDIRECT_URI);
        String code = codeFrom(signIn(request, "cong.dan.muc2", PASSWORD), request);

        HttpResponse<String> tokens = exchange(code, REDIRECT_URI, request.verifier(), false);

        JWTClaimsSet claims = idTokenClaims(tokens, request);
        assertThat(OidcTestClient.json(tokens.body())).as("no refresh token for a public client")
                .doesNotContainKey("refresh_token");
        assertThat(claims.getSubject()).isEqualTo("a8e2d4c7-15b3-4f60-8a9d-6c7b2e31f0a4");
        assertThat(claims.getStringClaim("acr")).isEqualTo(LOA2);
        assertThat(claims.getStringClaim("name")).isEqualTo("Trần Văn Minh");
        assertThat(claims.getStringClaim("birthdate")).isEqualTo("1985-11-03");
        assertThat(claims.getStringClaim("phone_number")).isEqualTo("+84983456789");
        assertThat(claims.getStringClaim("email")).isEqualTo("tranvanminh85@example.com");
        assertThat(claims.getStringClaim("citizen_id")).isEqualTo("001085012345");
        assertThat(userInfo(tokens)).containsEntry("sub", claims.getSubject()).containsEntry("acr", LOA2);
    }

    @Test
    void level2RequestListsOnlyLevel2IdentitiesAndRefusesALevel1SignIn() throws Exception {
        AuthorizationRequest request = authorizationRequest(LOA2, REDIRECT_URI);
        String toLogin = location(browser.get(request.url()));
        HttpResponse<String> page = browser.get(toLogin);
        assertThat(page.body()).contains("value=\"cong.dan.muc2\"").doesNotContain("value=\"cong.dan.muc1\"")
                .contains("urn:vn:vneid:loa:2");

        // A level-1 identity posted anyway is not given a code: the sign-in page comes back with the reason.
        String afterLogin = location(browser.postForm("/dang-nhap", Map.of("username", "cong.dan.muc1",
                "password", PASSWORD, "_csrf", OidcTestClient.csrf(page.body())), null));
        String again = location(browser.get(afterLogin));
        assertThat(again).isEqualTo(ISSUER + "/dang-nhap");
        HttpResponse<String> retry = browser.get(again);
        assertThat(retry.body()).contains("id=\"thong-bao-muc\"").doesNotContain("value=\"cong.dan.muc1\"");

        String afterSecondLogin = location(browser.postForm("/dang-nhap", Map.of("username", "cong.dan.nhung",
                "password", PASSWORD, "_csrf", OidcTestClient.csrf(retry.body())), null));
        String code = codeFrom(location(browser.get(afterSecondLogin)), request);
        JWTClaimsSet claims = idTokenClaims(exchange(code, REDIRECT_URI, request.verifier(), true), request);
        assertThat(claims.getStringClaim("acr")).isEqualTo(LOA2);
        assertThat(claims.getStringClaim("citizen_id")).isEqualTo("015190001234");
    }

    @Test
    void stepUpFromALevel1SessionSignsInAgain() throws Exception {
        AuthorizationRequest first = authorizationRequest(null, REDIRECT_URI);
        codeFrom(signIn(first, "cong.dan.muc1", PASSWORD), first);

        // Same browser, still signed in at level 1: without acr_values single sign-on answers at once ...
        AuthorizationRequest again = authorizationRequest(LOA1, REDIRECT_URI);
        String code = codeFrom(location(browser.get(again.url())), again);
        assertThat(idTokenClaims(exchange(code, REDIRECT_URI, again.verifier(), true), again)
                .getStringClaim("acr")).isEqualTo(LOA1);

        // ... but a level-2 request must sign in again, with a level-2 identity.
        AuthorizationRequest stepUp = authorizationRequest(LOA2, REDIRECT_URI);
        String stepUpCode = codeFrom(signIn(stepUp, "cong.dan.muc2", PASSWORD), stepUp);
        JWTClaimsSet claims = idTokenClaims(exchange(stepUpCode, REDIRECT_URI, stepUp.verifier(), true), stepUp);
        assertThat(claims.getStringClaim("acr")).isEqualTo(LOA2);
    }

    @Test
    void wrongPkceVerifierIsRefused() {
        AuthorizationRequest request = authorizationRequest(null, REDIRECT_URI);
        String code = codeFrom(signIn(request, "cong.dan.muc2", PASSWORD), request);

        HttpResponse<String> tokens = exchange(code, REDIRECT_URI, OidcTestClient.randomToken(), true);

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(OidcTestClient.json(tokens.body())).containsEntry("error", "invalid_grant")
                .doesNotContainKey("id_token");
    }

    @Test
    void missingPkceChallengeIsRefused() {
        String url = ISSUER + "/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID + "&scope=openid"
                + "&state=s1&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8);

        String redirect = location(browser.get(url));

        assertThat(redirect).startsWith(REDIRECT_URI + "?");
        assertThat(queryOf(redirect)).containsEntry("error", "invalid_request").containsEntry("state", "s1")
                .doesNotContainKey("code");
    }

    @Test
    void unregisteredRedirectUriIsRefusedWithoutRedirecting() {
        AuthorizationRequest request = authorizationRequest(null, "https://evil.example.com/callback");

        HttpResponse<String> response = browser.get(request.url());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).doesNotContain("evil.example.com");
    }

    @Test
    void redirectUriDifferentFromTheAuthorizationRequestIsRefusedAtTheTokenEndpoint() {
        AuthorizationRequest request = authorizationRequest(null, REDIRECT_URI);
        String code = codeFrom(signIn(request, "cong.dan.muc1", PASSWORD), request);

        HttpResponse<String> tokens = exchange(code, OTHER_REDIRECT_URI, request.verifier(), true);

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(OidcTestClient.json(tokens.body())).containsEntry("error", "invalid_grant");
    }

    @Test
    void secondRedirectUriIsRegisteredToo() throws Exception {
        AuthorizationRequest request = authorizationRequest(null, OTHER_REDIRECT_URI);
        String code = codeFrom(signIn(request, "cong.dan.muc1", PASSWORD), request);

        assertThat(idTokenClaims(exchange(code, OTHER_REDIRECT_URI, request.verifier(), true), request)
                .getStringClaim("acr")).isEqualTo(LOA1);
    }

    @Test
    void reusedCodeIsRefusedAndRevokesWhatItIssued() {
        AuthorizationRequest request = authorizationRequest(null, REDIRECT_URI);
        String code = codeFrom(signIn(request, "cong.dan.muc2", PASSWORD), request);
        HttpResponse<String> first = exchange(code, REDIRECT_URI, request.verifier(), true);
        assertThat(first.statusCode()).isEqualTo(200);

        HttpResponse<String> second = exchange(code, REDIRECT_URI, request.verifier(), true);

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(OidcTestClient.json(second.body())).containsEntry("error", "invalid_grant");
        String accessToken = (String) OidcTestClient.json(first.body()).get("access_token");
        HttpResponse<String> userInfo = browser.send(HttpRequest.newBuilder(URI.create(ISSUER + "/userinfo"))
                .header("Authorization", "Bearer " + accessToken).GET().build());
        assertThat(userInfo.statusCode()).isEqualTo(401);
    }

    @Test
    void wrongClientSecretIsRefused() {
        AuthorizationRequest request = authorizationRequest(null, REDIRECT_URI);
        String code = codeFrom(signIn(request, "cong.dan.muc1", PASSWORD), request);
        Map<String, String> form = Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_URI, "code_verifier", request.verifier());

        HttpResponse<String> tokens = browser.postForm("/oauth2/token", form,
                OidcTestClient.basic(CLIENT_ID, "not-the-secret"));

        assertThat(tokens.statusCode()).isEqualTo(401);
        assertThat(OidcTestClient.json(tokens.body())).containsEntry("error", "invalid_client");
    }

    @Test
    void rpInitiatedLogoutReturnsToThePortalAndEndsTheSession() throws Exception {
        AuthorizationRequest request = authorizationRequest(null, REDIRECT_URI);
        String code = codeFrom(signIn(request, "cong.dan.muc2", PASSWORD), request);
        HttpResponse<String> tokens = exchange(code, REDIRECT_URI, request.verifier(), true);
        String idToken = (String) OidcTestClient.json(tokens.body()).get("id_token");

        String back = location(browser.get("/connect/logout?" + OidcTestClient.formBody(Map.of(
                "id_token_hint", idToken, "post_logout_redirect_uri", "http://localhost:8080/", "state", "s2"))));

        assertThat(back).isEqualTo("http://localhost:8080/?state=s2");
        AuthorizationRequest next = authorizationRequest(null, REDIRECT_URI);
        assertThat(location(browser.get(next.url()))).isEqualTo(ISSUER + "/dang-nhap");
    }

    @Test
    void wrongPasswordShowsAnErrorAndIssuesNoCode() {
        AuthorizationRequest request = authorizationRequest(null, REDIRECT_URI);

        String afterLogin = signIn(request, "cong.dan.muc1", "sai-mat-khau");

        assertThat(afterLogin).isEqualTo(ISSUER + "/dang-nhap?error");
        HttpResponse<String> page = browser.get(afterLogin);
        assertThat(page.body()).contains("role=\"alert\"").contains("Danh tính hoặc mật khẩu không đúng");
    }
}
