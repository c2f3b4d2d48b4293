package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTest;
import vn.dvc.portal.platform.SystemTest;

/**
 * National single sign-on (AUTH-3, AUTH-4) over real HTTP: the whole portal on a real PostgreSQL and the real
 * development provider ({@code dev-idp}, its own process), a browser played by an HTTP client that follows
 * the redirects itself. Sign-in at level 1 and level 2 creates an account once and reuses it; the demo
 * citizen's national identity links to {@code demo.citizen}; step-up to {@code NATIONAL_IDENTITY} asks the
 * provider for level 2 and comes back; a tampered answer (state, nonce) is refused with a clear message
 * and creates nothing; no code, token or secret reaches the log.
 */
@SystemTest
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class NationalSignOnIT {

    static final int PORTAL_PORT = DevIdpProcess.freePort();
    static final String IDP_PASSWORD = "VNeID@2026";
    static final String MUC1_SUB = "3f6c1a52-8d0e-4b7a-9c51-0e2a7d4b9f11";
    static final String MUC2_SUB = "a8e2d4c7-15b3-4f60-8a9d-6c7b2e31f0a4";
    static final String NHUNG_SUB = "c1b09e73-4a5d-4e28-b6f2-9d83a1e5c702";
    static final String STATE_MESSAGE = "Phiên đăng nhập bằng định danh điện tử không hợp lệ hoặc đã hết hạn. "
            + "Xin bấm lại nút đăng nhập bằng VNeID.";
    static final String INVALID_MESSAGE = "Phản hồi của hệ thống định danh điện tử không hợp lệ nên không thể đăng nhập. "
            + "Xin thử lại; nếu vẫn lỗi, xin liên hệ Trung tâm Phục vụ hành chính công.";
    private static final DevIdpProcess.Shared IDP = new DevIdpProcess.Shared(PORTAL_PORT);

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        IDP.register(registry);
    }

    @AfterAll
    static void stopProvider() {
        IDP.stop();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortalProperties properties;

    @Test
    void levelOneAndLevelTwoCreateAnAccountOnceAndTheNextSignInReusesIt(CapturedOutput output) {
        Browser first = new Browser();
        HttpResponse<String> signIn = first.get("/dang-nhap");
        assertThat(signIn.body()).contains("Đăng nhập bằng tài khoản định danh điện tử (VNeID)")
                .contains("href=\"/dang-nhap/vneid\"");

        String authorize = first.startNationalSignIn("/dang-nhap/vneid");
        Map<String, String> request = query(authorize);
        assertThat(authorize).startsWith(IDP.issuer() + "/oauth2/authorize");
        assertThat(request).containsEntry("client_id", "dvc-portal").containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "state", "nonce").doesNotContainKey("acr_values");
        String callback = first.signInAtProvider(authorize, "cong.dan.muc1");
        HttpResponse<String> back = first.get(callback);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(location(back)).isEqualTo("/tai-khoan");
        assertThat(first.get("/tai-khoan").body()).contains("Phạm Thị Thu Trang");

        UUID created = linkedAccount(MUC1_SUB);
        assertThat(jdbc.sql("SELECT username || '|' || kind || '|' || status || '|' || assurance_level FROM identity_account WHERE id = :id")
                .param("id", created).query(String.class).single())
                .isEqualTo("pham.thi.thu.trang|INDIVIDUAL|ACTIVE|NATIONAL_IDENTITY");
        assertThat(jdbc.sql("SELECT role FROM identity_account_role WHERE account_id = :id").param("id", created)
                .query(String.class).list()).containsExactly("CITIZEN");
        assertThat(audit(created)).contains("identity.national.account-created", "identity.sign-in.succeeded");
        // the session is at the level of this sign-in's acr (level 1), so a page that needs level 2 is not satisfied
        HttpResponse<String> needsNational = first.get(StepUpProbe.NATIONAL_PATH);
        assertThat(location(needsNational)).startsWith("/dang-nhap/nang-muc");

        // the same identity again, from a new browser: the same account, one link
        Browser again = new Browser();
        HttpResponse<String> second = again.get(again.signInAtProvider(again.startNationalSignIn("/dang-nhap/vneid"),
                "cong.dan.muc1"));
        assertThat(location(second)).isEqualTo("/tai-khoan");
        assertThat(linkedAccount(MUC1_SUB)).isEqualTo(created);
        assertThat(jdbc.sql("SELECT count(*) FROM identity_account WHERE username LIKE 'pham.thi.thu.trang%'")
                .query(Integer.class).single()).isEqualTo(1);

        // level 2: a new account at NATIONAL_IDENTITY, and the session is at that level
        Browser levelTwo = new Browser();
        HttpResponse<String> two = levelTwo.get(levelTwo.signInAtProvider(
                levelTwo.startNationalSignIn("/dang-nhap/vneid"), "cong.dan.muc2"));
        assertThat(location(two)).isEqualTo("/tai-khoan");
        UUID minh = linkedAccount(MUC2_SUB);
        assertThat(jdbc.sql("SELECT assurance_level FROM identity_account WHERE id = :id").param("id", minh)
                .query(String.class).single()).isEqualTo("NATIONAL_IDENTITY");
        HttpResponse<String> probe = levelTwo.get(StepUpProbe.NATIONAL_PATH);
        assertThat(probe.statusCode()).isEqualTo(200);
        assertThat(probe.body()).contains(StepUpProbe.CONTENT);

        assertNoSecretsIn(output, List.of(first, again, levelTwo));
    }

    @Test
    void theDemoCitizensNationalIdentityLinksToTheExistingAccount(CapturedOutput output) {
        UUID demoCitizen = jdbc.sql("SELECT id FROM identity_account WHERE username = 'demo.citizen'")
                .query(UUID.class).single();
        Browser browser = new Browser();
        HttpResponse<String> back = browser.get(browser.signInAtProvider(
                browser.startNationalSignIn("/dang-nhap/vneid"), "cong.dan.nhung"));
        assertThat(location(back)).isEqualTo("/tai-khoan");
        assertThat(linkedAccount(NHUNG_SUB)).isEqualTo(demoCitizen);
        assertThat(browser.get("/tai-khoan").body()).contains("demo.citizen");
        assertThat(audit(demoCitizen)).contains("identity.national.linked");
        assertThat(jdbc.sql("SELECT count(*) FROM identity_individual WHERE full_name = 'Nguyễn Thị Hồng Nhung'")
                .query(Integer.class).single()).isEqualTo(1);
        assertNoSecretsIn(output, List.of(browser));
    }

    @Test
    void stepUpToTheNationalLevelAsksTheProviderForLevelTwoAndComesBack() {
        // demo.citizen signs in with a password (VERIFIED_BY_CODE), then opens a page that needs level 2
        Browser browser = new Browser();
        browser.get("/dang-nhap");
        HttpResponse<String> signedIn = browser.post("/dang-nhap",
                Map.of("username", "demo.citizen", "password", properties.demoPassword()));
        assertThat(location(signedIn)).isEqualTo("/tai-khoan");
        HttpResponse<String> needsNational = browser.get(StepUpProbe.NATIONAL_PATH);
        String stepUp = location(needsNational);
        assertThat(stepUp).startsWith("/dang-nhap/nang-muc");
        HttpResponse<String> page = browser.get(stepUp);
        Matcher link = Pattern.compile("id=\"national\" class=\"button\" href=\"([^\"]+)\"").matcher(page.body());
        assertThat(link.find()).as("the step-up page offers national sign-in").isTrue();
        String start = link.group(1).replace("&amp;", "&");
        assertThat(start).startsWith("/dang-nhap/vneid?muc=NATIONAL_IDENTITY&tiep=");

        String authorize = browser.startNationalSignIn(start);
        assertThat(query(authorize)).containsEntry("acr_values", "urn:vn:vneid:loa:2")
                .containsEntry("code_challenge_method", "S256");
        // the provider lists only level-2 identities
        HttpResponse<String> providerPage = browser.get(location(browser.get(authorize)));
        assertThat(providerPage.body()).contains("cong.dan.nhung").doesNotContain("cong.dan.muc1");
        HttpResponse<String> back = browser.get(browser.signInAtProvider(authorize, "cong.dan.nhung"));
        assertThat(location(back)).isEqualTo(StepUpProbe.NATIONAL_PATH);
        HttpResponse<String> probe = browser.get(StepUpProbe.NATIONAL_PATH);
        assertThat(probe.statusCode()).isEqualTo(200);
        assertThat(probe.body()).contains(StepUpProbe.CONTENT);
    }

    @Test
    void aStepUpAnsweredWithAnotherPersonsIdentityIsRefusedAndTheSessionStaysAsItWas() {
        Browser browser = new Browser();
        browser.get("/dang-nhap");
        browser.post("/dang-nhap", Map.of("username", "demo.citizen", "password", properties.demoPassword()));
        String stepUp = location(browser.get(StepUpProbe.NATIONAL_PATH));
        Matcher link = Pattern.compile("id=\"national\" class=\"button\" href=\"([^\"]+)\"")
                .matcher(browser.get(stepUp).body());
        assertThat(link.find()).isTrue();
        int linksBefore = links();
        HttpResponse<String> back = browser.get(browser.signInAtProvider(
                browser.startNationalSignIn(link.group(1).replace("&amp;", "&")), "cong.dan.muc2"));
        assertThat(back.statusCode()).isEqualTo(401);
        assertThat(WebSession.errorSummary(back)).startsWith("Tài khoản định danh điện tử vừa đăng nhập không phải");
        assertThat(links()).isEqualTo(linksBefore);
        // still demo.citizen, still below the national level
        assertThat(browser.get("/tai-khoan").body()).contains("demo.citizen");
        assertThat(location(browser.get(StepUpProbe.NATIONAL_PATH))).startsWith("/dang-nhap/nang-muc");
    }

    @Test
    void aMisconfiguredIssuerIsNotTrusted() {
        // the provider publishes http://localhost:<port> as its issuer: the same provider reached under another
        // issuer name fails discovery's issuer check, so no sign-in can start
        NationalIdentityProvider wrong = new NationalIdentityProvider("http://127.0.0.1:" + IDP.port(), "dvc-portal",
                "dvc-portal-dev-secret");
        assertThat(wrong.available()).isFalse();
    }

    @Test
    void aWrongOrMissingStateIsRefusedAndCreatesNothing() {
        Browser browser = new Browser();
        String authorize = browser.startNationalSignIn("/dang-nhap/vneid");
        String callback = browser.signInAtProvider(authorize, "cong.dan.muc2");
        Map<String, String> answer = query(callback);
        int linksBefore = links();

        HttpResponse<String> wrongState = browser.get("/login/oauth2/code/national?code="
                + enc(answer.get("code")) + "&state=" + enc("gia-mao-" + answer.get("state")));
        assertThat(wrongState.statusCode()).isEqualTo(401);
        assertThat(WebSession.errorSummary(wrongState)).isEqualTo(STATE_MESSAGE);

        HttpResponse<String> missingState = browser.get("/login/oauth2/code/national?code=" + enc(answer.get("code")));
        assertThat(missingState.statusCode()).isEqualTo(401);
        assertThat(WebSession.errorSummary(missingState)).isNotEmpty();
        assertThat(links()).isEqualTo(linksBefore);
        assertThat(browser.get("/tai-khoan").statusCode()).isEqualTo(302);
    }

    @Test
    void aNonceOtherThanTheOneAskedForIsRefusedAndCreatesNothing() {
        jdbc.sql("DELETE FROM identity_account WHERE id IN (SELECT account_id FROM identity_national_link WHERE subject = :s)")
                .param("s", MUC2_SUB).update();
        Browser browser = new Browser();
        String authorize = browser.startNationalSignIn("/dang-nhap/vneid");
        String nonce = query(authorize).get("nonce");
        String tampered = authorize.replace("nonce=" + enc(nonce), "nonce=gia-mao-nonce");
        assertThat(tampered).isNotEqualTo(authorize);
        HttpResponse<String> back = browser.get(browser.signInAtProvider(tampered, "cong.dan.muc2"));
        assertThat(back.statusCode()).isEqualTo(401);
        assertThat(WebSession.errorSummary(back)).isEqualTo(INVALID_MESSAGE);
        assertThat(jdbc.sql("SELECT count(*) FROM identity_national_link WHERE subject = :s").param("s", MUC2_SUB)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM identity_account WHERE username LIKE 'tran.van.minh%'")
                .query(Integer.class).single()).isZero();
        assertThat(browser.get("/tai-khoan").statusCode()).isEqualTo(302);
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefusedAndCreatesNothing() {
        assertRefusedWhenTheProviderMisbehaves("WRONG_ISSUER", INVALID_MESSAGE);
    }

    @Test
    void anUnknownAssuranceLevelIsRefusedWithItsOwnMessageAndCreatesNothing() {
        assertRefusedWhenTheProviderMisbehaves("UNKNOWN_ACR", "Không xác định được mức độ định danh điện tử của tài "
                + "khoản nên không thể đăng nhập. Cổng chỉ chấp nhận tài khoản định danh điện tử mức 1 hoặc mức 2.");
    }

    /** The provider answers wrongly on purpose: the sign-in is refused with {@code message}, nothing is created. */
    private void assertRefusedWhenTheProviderMisbehaves(String mode, String message) {
        jdbc.sql("DELETE FROM identity_account WHERE id IN (SELECT account_id FROM identity_national_link WHERE subject = :s)")
                .param("s", MUC2_SUB).update();
        int linksBefore = links();
        DevIdpProcess.misbehave(IDP.issuer(), mode);
        try {
            Browser browser = new Browser();
            String authorize = browser.startNationalSignIn("/dang-nhap/vneid");
            HttpResponse<String> back = browser.get(browser.signInAtProvider(authorize, "cong.dan.muc2"));
            assertThat(back.statusCode()).isEqualTo(401);
            assertThat(WebSession.errorSummary(back)).isEqualTo(message);
            assertThat(browser.get("/tai-khoan").statusCode()).isEqualTo(302);
        } finally {
            DevIdpProcess.misbehave(IDP.issuer(), "NONE");
        }
        assertThat(links()).isEqualTo(linksBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM identity_account WHERE username LIKE 'tran.van.minh%'")
                .query(Integer.class).single()).isZero();
    }

    // ------------------------------------------------------------------------------------------------------

    private UUID linkedAccount(String subject) {
        return jdbc.sql("SELECT account_id FROM identity_national_link WHERE issuer = :iss AND subject = :sub")
                .param("iss", IDP.issuer()).param("sub", subject).query(UUID.class).single();
    }

    private int links() {
        return jdbc.sql("SELECT count(*) FROM identity_national_link").query(Integer.class).single();
    }

    private List<String> audit(UUID account) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_id = :id ORDER BY occurred_at")
                .param("id", account.toString()).query(String.class).list();
    }

    private static void assertNoSecretsIn(CapturedOutput output, List<Browser> browsers) {
        String log = output.getAll();
        assertThat(log).doesNotContain(IDP_PASSWORD).doesNotContain("dvc-portal-dev-secret");
        for (Browser browser : browsers) {
            for (String secret : browser.secrets) {
                assertThat(log).as("a code or state in the log").doesNotContain(secret);
            }
        }
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.startsWith("http://localhost:" + PORTAL_PORT)
                ? location.substring(("http://localhost:" + PORTAL_PORT).length()) : location;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One browser: its cookies for the portal and the provider (same host, other port), no automatic redirects. */
    final class Browser {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        final List<String> secrets = new java.util.ArrayList<>();
        String csrf = "";

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(uri(url)).header("Accept", "text/html").GET().build());
        }

        HttpResponse<String> post(String url, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        /** From a portal path to the provider's authorization URL (following the portal's redirects). */
        String startNationalSignIn(String path) {
            HttpResponse<String> start = get(path);
            assertThat(start.statusCode()).as("start of national sign-in").isEqualTo(302);
            String next = location(start);
            assertThat(next).startsWith("/oauth2/authorization/national");
            HttpResponse<String> toProvider = get(next);
            assertThat(toProvider.statusCode()).isEqualTo(302);
            String authorize = location(toProvider);
            secrets.add(query(authorize).get("state"));
            secrets.add(query(authorize).get("code_challenge"));
            return authorize;
        }

        /** Signs in at the provider as {@code identity}; returns the redirect back to the portal (with the code). */
        String signInAtProvider(String authorize, String identity) {
            String next = raw(get(authorize));
            if (!next.startsWith("http://localhost:" + PORTAL_PORT)) {
                HttpResponse<String> page = get(next.startsWith("http") ? next : IDP.issuer() + next);
                assertThat(page.statusCode()).isEqualTo(200);
                HttpResponse<String> posted = post(IDP.issuer() + "/dang-nhap",
                        Map.of("username", identity, "password", IDP_PASSWORD));
                assertThat(posted.statusCode()).as("sign-in at the provider").isEqualTo(302);
                next = raw(posted);
                while (next.startsWith(IDP.issuer()) || next.startsWith("/")) {
                    next = raw(get(next.startsWith("/") ? IDP.issuer() + next : next));
                }
            }
            assertThat(next).startsWith("http://localhost:" + PORTAL_PORT + "/login/oauth2/code/national");
            secrets.add(query(next).get("code"));
            return next.substring(("http://localhost:" + PORTAL_PORT).length());
        }

        private static String raw(HttpResponse<String> response) {
            return response.headers().firstValue("Location").orElse("");
        }

        private URI uri(String url) {
            return URI.create(url.startsWith("http") ? url : "http://localhost:" + PORTAL_PORT + url);
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Matcher token = CSRF.matcher(response.body());
                if (token.find()) {
                    csrf = token.group(1);
                }
                return response;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
