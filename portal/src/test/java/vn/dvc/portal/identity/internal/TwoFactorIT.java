package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.PortalTest;
import vn.dvc.portal.platform.TestTotp;

/**
 * The TOTP second factor over real HTTP on the whole application: set-up from the account page, the second
 * step of sign-in (no private area before it), recovery codes, the 6-wrong-codes lockout, officers sent to set
 * up a second factor, step-up with a safe return path, and no secret or code in the log.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class TwoFactorIT {

    static final String PASSWORD = "hoa ban trắng nở trên núi";
    static final String LOCKED = "Bước nhập mã xác thực tạm khóa trong 2 giờ do nhập sai mã quá 6 lần";
    static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");
    static final Pattern RECOVERY = Pattern.compile("<code>([2-9A-Z]{5}-[2-9A-Z]{5})</code>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountStore store;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void enableFromTheAccountPageThenSignInWithTheCodeOrARecoveryCodeOnce(CapturedOutput output) {
        UUID id = account("vu.thi.hoa", AccountKind.INDIVIDUAL, AssuranceLevel.VERIFIED_BY_CODE);
        WebSession browser = new WebSession(port);
        assertThat(WebSession.location(browser.signIn("vu.thi.hoa", PASSWORD))).endsWith("/tai-khoan");
        assertThat(browser.get("/tai-khoan").body()).contains("Chưa bật.");

        HttpResponse<String> setupPage = browser.get("/tai-khoan/xac-thuc-hai-buoc");
        assertThat(setupPage.body()).contains("src=\"data:image/png;base64,");
        assertThat(setupPage.headers().firstValue("Cache-Control")).hasValue("no-store");
        String secretText = find(SECRET, setupPage.body());
        byte[] secret = TestTotp.base32Decode(secretText);
        HttpResponse<String> wrong = browser.post("/tai-khoan/xac-thuc-hai-buoc", Map.of("code", TestTotp.wrongCode(secret)));
        assertThat(WebSession.errorSummary(wrong)).startsWith("Mã xác thực không đúng");
        HttpResponse<String> enabled = browser.post("/tai-khoan/xac-thuc-hai-buoc",
                Map.of("code", TestTotp.nextCode(port, "vu.thi.hoa", secret)));
        assertThat(enabled.statusCode()).isEqualTo(200);
        List<String> recovery = RECOVERY.matcher(enabled.body()).results().map(m -> m.group(1)).toList();
        assertThat(recovery).hasSize(8);
        assertThat(browser.get("/tai-khoan").body()).contains("Đang bật.");
        browser.post("/dang-xuat", Map.of());

        // password right: the second step, and nothing private before it
        WebSession again = new WebSession(port);
        HttpResponse<String> password = again.signIn("vu.thi.hoa", PASSWORD);
        assertThat(WebSession.location(password)).endsWith("/dang-nhap/ma-xac-thuc");
        assertThat(WebSession.location(again.get("/tai-khoan"))).endsWith("/dang-nhap/ma-xac-thuc");
        assertThat(WebSession.location(again.get("/quan-tri/lich-lam-viec"))).endsWith("/dang-nhap/ma-xac-thuc");
        assertThat(again.get("/").body()).doesNotContain("Người Thử Hai Bước");
        again.get("/dang-nhap/ma-xac-thuc");
        HttpResponse<String> wrongCode = again.post("/dang-nhap/ma-xac-thuc", Map.of("code", TestTotp.wrongCode(secret)));
        assertThat(wrongCode.statusCode()).isEqualTo(401);
        assertThat(WebSession.errorSummary(wrongCode)).isEqualTo("Mã xác thực không đúng. Bạn còn 5 lần nhập.");
        HttpResponse<String> done = again.secondStep("vu.thi.hoa", secret);
        // back to the last page asked for meanwhile (where a citizen is then refused, as before)
        assertThat(WebSession.location(done)).endsWith("/quan-tri/lich-lam-viec");
        assertThat(again.get("/quan-tri/lich-lam-viec").statusCode()).isEqualTo(403);
        assertThat(again.get("/tai-khoan").body()).contains("Người Thử Hai Bước");

        // a recovery code instead of the phone, once
        WebSession lostPhone = new WebSession(port);
        lostPhone.signIn("vu.thi.hoa", PASSWORD);
        lostPhone.get("/dang-nhap/ma-xac-thuc");
        assertThat(WebSession.location(lostPhone.post("/dang-nhap/ma-xac-thuc", Map.of("code", recovery.get(2)))))
                .endsWith("/tai-khoan");
        WebSession thief = new WebSession(port);
        thief.signIn("vu.thi.hoa", PASSWORD);
        thief.get("/dang-nhap/ma-xac-thuc");
        assertThat(WebSession.errorSummary(thief.post("/dang-nhap/ma-xac-thuc", Map.of("code", recovery.get(2)))))
                .startsWith("Mã xác thực không đúng");

        assertThat(audit(id)).contains("identity.totp.enabled", "identity.sign-in.password-accepted",
                "identity.second-factor.failed", "identity.sign-in.succeeded", "identity.recovery-code.used");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE details::text LIKE :c")
                .param("c", "%" + recovery.get(2) + "%").query(Integer.class).single()).isZero();
        assertThat(output.getAll()).doesNotContain(secretText).doesNotContain(secretText.replace(" ", ""))
                .doesNotContain(recovery.get(0)).doesNotContain(recovery.get(2)).doesNotContain(PASSWORD);
    }

    @Test
    void sixWrongCodesLockTheSecondStepForTwoHoursWithAnHonestMessage() {
        UUID id = account("ly.van.tu", AccountKind.INDIVIDUAL, AssuranceLevel.VERIFIED_BY_CODE);
        byte[] secret = Totp.newSecret();
        secondFactor.enableFixed(id, secret);
        WebSession attacker = new WebSession(port);
        attacker.signIn("ly.van.tu", PASSWORD);
        attacker.get("/dang-nhap/ma-xac-thuc");
        String wrong = TestTotp.wrongCode(secret);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(WebSession.errorSummary(attacker.post("/dang-nhap/ma-xac-thuc", Map.of("code", wrong))))
                    .isEqualTo("Mã xác thực không đúng. Bạn còn " + (6 - attempt) + " lần nhập.");
        }
        assertThat(WebSession.errorSummary(attacker.post("/dang-nhap/ma-xac-thuc", Map.of("code", wrong)))).isEqualTo(LOCKED);

        WebSession owner = new WebSession(port);
        assertThat(WebSession.location(owner.signIn("ly.van.tu", PASSWORD))).endsWith("/dang-nhap/ma-xac-thuc");
        HttpResponse<String> refused = owner.secondStep("ly.van.tu", secret);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(WebSession.errorSummary(refused)).isEqualTo(LOCKED);
        assertThat(audit(id)).contains("identity.second-factor.locked", "identity.second-factor.refused");
    }

    @Test
    void anOfficerWithoutASecondFactorIsSentToSetOneUpBeforeTheOfficersAreas() {
        UUID id = account("nong.thi.mai", AccountKind.OFFICER, AssuranceLevel.VERIFIED_BY_CODE);
        WebSession officer = new WebSession(port);
        assertThat(WebSession.location(officer.signIn("nong.thi.mai", PASSWORD))).endsWith("/tai-khoan/xac-thuc-hai-buoc");
        assertThat(WebSession.location(officer.get("/quan-tri/lich-lam-viec"))).endsWith("/tai-khoan/xac-thuc-hai-buoc");
        assertThat(WebSession.location(officer.get("/can-bo"))).endsWith("/tai-khoan/xac-thuc-hai-buoc");
        assertThat(officer.get("/tai-khoan").statusCode()).isEqualTo(200);
        HttpResponse<String> setup = officer.get("/tai-khoan/xac-thuc-hai-buoc");
        assertThat(setup.body()).contains("Cán bộ, công chức phải dùng xác thực hai bước");
        byte[] secret = TestTotp.base32Decode(find(SECRET, setup.body()));
        assertThat(officer.post("/tai-khoan/xac-thuc-hai-buoc",
                Map.of("code", TestTotp.nextCode(port, "nong.thi.mai", secret))).statusCode()).isEqualTo(200);
        assertThat(officer.get("/quan-tri/lich-lam-viec").statusCode()).isEqualTo(200);

        // officers keep it
        HttpResponse<String> manage = officer.get("/tai-khoan/xac-thuc-hai-buoc");
        assertThat(manage.body()).contains("không tắt được").doesNotContain("/tai-khoan/xac-thuc-hai-buoc/tat");
        HttpResponse<String> off = officer.post("/tai-khoan/xac-thuc-hai-buoc/tat",
                Map.of("disablePassword", PASSWORD, "code", TestTotp.nextCode(port, "nong.thi.mai", secret)));
        assertThat(WebSession.errorSummary(off)).isEqualTo("Tài khoản cán bộ không tắt được xác thực hai bước");
        assertThat(secondFactor.enabled(id)).isTrue();

        // and next time they sign in with it
        WebSession next = new WebSession(port);
        assertThat(WebSession.location(next.signIn("nong.thi.mai", PASSWORD))).endsWith("/dang-nhap/ma-xac-thuc");
        next.secondStep("nong.thi.mai", secret);
        assertThat(next.get("/quan-tri/lich-lam-viec").statusCode()).isEqualTo(200);
    }

    @Test
    void stepUpSendsToTheSecondFactorAndBackToTheSamePageOnly() {
        UUID id = account("giang.thi.sua", AccountKind.INDIVIDUAL, AssuranceLevel.SELF_DECLARED);
        WebSession user = new WebSession(port);
        user.signIn("giang.thi.sua", PASSWORD);
        HttpResponse<String> probe = user.get(StepUpProbe.PATH);
        String stepUp = WebSession.location(probe);
        assertThat(URLDecoder.decode(stepUp, StandardCharsets.UTF_8))
                .endsWith("/dang-nhap/nang-muc?muc=VERIFIED_BY_CODE&tiep=" + StepUpProbe.PATH);
        String path = stepUp.replaceFirst("^https?://[^/]+", "");
        assertThat(user.get(path).body()).contains("hãy bật xác thực hai bước trước");

        // set up TOTP: the session keeps its level until a code proves the registered device
        byte[] secret = TestTotp.base32Decode(find(SECRET, user.get("/tai-khoan/xac-thuc-hai-buoc").body()));
        user.post("/tai-khoan/xac-thuc-hai-buoc", Map.of("code", TestTotp.nextCode(port, "giang.thi.sua", secret)));
        assertThat(WebSession.location(user.get(StepUpProbe.PATH))).isEqualTo(stepUp);
        HttpResponse<String> form = user.get(path);
        assertThat(form.body()).contains("name=\"tiep\" value=\"" + StepUpProbe.PATH + "\"");
        HttpResponse<String> wrong = user.post("/dang-nhap/nang-muc", Map.of("muc", "VERIFIED_BY_CODE",
                "tiep", StepUpProbe.PATH, "code", TestTotp.wrongCode(secret)));
        assertThat(WebSession.errorSummary(wrong)).isEqualTo("Mã xác thực không đúng. Bạn còn 5 lần nhập.");
        HttpResponse<String> raised = user.post("/dang-nhap/nang-muc", Map.of("muc", "VERIFIED_BY_CODE",
                "tiep", StepUpProbe.PATH, "code", TestTotp.nextCode(port, "giang.thi.sua", secret)));
        assertThat(WebSession.location(raised)).endsWith(StepUpProbe.PATH);
        assertThat(user.get(StepUpProbe.PATH).body()).contains(StepUpProbe.CONTENT);
        assertThat(audit(id)).contains("identity.step-up.required", "identity.step-up.succeeded");

        // the national level is not reachable yet: an honest page, no code form
        HttpResponse<String> national = user.get(WebSession.location(user.get(StepUpProbe.NATIONAL_PATH))
                .replaceFirst("^https?://[^/]+", ""));
        assertThat(national.body()).contains("tài khoản định danh điện tử").doesNotContain("name=\"code\"");

        // never an open redirect
        for (String evil : List.of("https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)")) {
            HttpResponse<String> back = user.get("/dang-nhap/nang-muc?muc=VERIFIED_BY_CODE&tiep="
                    + java.net.URLEncoder.encode(evil, StandardCharsets.UTF_8));
            assertThat(WebSession.location(back)).as(evil).matches("(https?://localhost:[0-9]+)?/tai-khoan");
        }
    }

    private UUID account(String username, AccountKind kind, AssuranceLevel level) {
        UUID id = UUID.randomUUID();
        Role role = kind == AccountKind.OFFICER ? Role.DESK : Role.CITIZEN;
        store.insertAccount(id, kind, username, "Người Thử Hai Bước", username + "@example.com", null,
                encoder.encode(PASSWORD), StoredAccount.Status.ACTIVE, level, Instant.now(), EnumSet.of(role));
        if (kind == AccountKind.OFFICER) {
            store.insertOfficer(id, "000.00.15.H63", null);
        }
        return id;
    }

    private List<String> audit(UUID accountId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_id = :id ORDER BY occurred_at, action")
                .param("id", accountId.toString()).query(String.class).list();
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("pattern %s", pattern).isTrue();
        return matcher.group(1);
    }
}
