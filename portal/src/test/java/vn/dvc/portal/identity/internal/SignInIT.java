package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTest;

/**
 * Sign-in, registration and sessions over real HTTP on the whole application and a real PostgreSQL: the
 * GOV.UK lockout, answers that never tell whether an account exists, sessions shared through the
 * {@code spring_session} table, sign-out everywhere, refused registrations that leave nothing behind, and
 * no password or one-time code in the log.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class SignInIT {

    static final String WRONG = "Tên đăng nhập hoặc mật khẩu không đúng";
    static final String LOCKED = "Tài khoản tạm khóa đăng nhập trong 2 giờ do nhập sai mật khẩu quá 6 lần";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortalProperties properties;

    @Test
    void withoutAnIssuerNationalSignOnIsOffNoButtonAndNoEndpoints() {
        WebSession visitor = new WebSession(port);
        HttpResponse<String> signIn = visitor.get("/dang-nhap");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).doesNotContain("VNeID").doesNotContain("/dang-nhap/vneid");
        assertThat(visitor.get("/dang-nhap/vneid").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/oauth2/authorization/national").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/login/oauth2/code/national?code=x&state=y").statusCode()).isEqualTo(404);
    }

    /**
     * The lockout test locks demo.leader for two hours in an application context that other test classes share
     * (same configuration): release it afterwards, as an administrator would, so that their sign-ins do not
     * depend on the order the classes run in.
     */
    @org.junit.jupiter.api.AfterEach
    void releaseTheLockedDemoLeader() {
        jdbc.sql("UPDATE identity_account SET failed_sign_ins = 0, locked_until = NULL WHERE username = 'demo.leader'")
                .update();
    }

    @Test
    void sixWrongPasswordsLockSignInForTwoHoursEvenWithTheRightPasswordAfterwards() {
        WebSession visitor = new WebSession(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> page = visitor.signIn("demo.leader", "sai-mat-khau-" + attempt);
            assertThat(page.statusCode()).isEqualTo(401);
            assertThat(WebSession.errorSummary(page)).as("attempt %d", attempt).isEqualTo(WRONG);
        }
        HttpResponse<String> sixth = visitor.signIn("demo.leader", "sai-mat-khau-6");
        assertThat(WebSession.errorSummary(sixth)).isEqualTo(LOCKED);

        HttpResponse<String> seventh = visitor.signIn("demo.leader", properties.demoPassword());
        assertThat(seventh.statusCode()).isEqualTo(401);
        assertThat(WebSession.errorSummary(seventh)).isEqualTo(LOCKED);
        assertThat(seventh.body()).doesNotContain("Tài khoản của");

        String id = accountId("demo.leader");
        assertThat(jdbc.sql("SELECT locked_until > now() + interval '119 minutes' FROM identity_account WHERE id = :id")
                .param("id", UUID.fromString(id)).query(Boolean.class).single()).isTrue();
        assertThat(audit(id)).containsSubsequence("identity.sign-in.failed", "identity.account.locked",
                "identity.sign-in.refused");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE details::text ILIKE '%sai-mat-khau%' "
                + "OR object_id ILIKE '%demo.leader%'").query(Integer.class).single()).isZero();
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswerAndUnknownNamesLockToo() {
        WebSession visitor = new WebSession(port);
        HttpResponse<String> wrongPassword = visitor.signIn("demo.desk", "khong-phai-mat-khau");
        HttpResponse<String> unknown = visitor.signIn("khong.ton.tai", "khong-phai-mat-khau");
        assertThat(unknown.statusCode()).isEqualTo(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(WebSession.errorSummary(unknown)).isEqualTo(WebSession.errorSummary(wrongPassword)).isEqualTo(WRONG);
        assertThat(strip(unknown.body(), "khong.ton.tai")).isEqualTo(strip(wrongPassword.body(), "demo.desk"));

        for (int attempt = 2; attempt <= 5; attempt++) {
            assertThat(WebSession.errorSummary(visitor.signIn("nobody.here", "x" + attempt + "-khong-dung"))).isEqualTo(WRONG);
        }
        visitor.signIn("nobody.here", "x1-khong-dung");
        assertThat(WebSession.errorSummary(visitor.signIn("nobody.here", "x6-khong-dung"))).isEqualTo(LOCKED);
    }

    @Test
    void signInByUsernameEmailOrPhoneStoresTheSessionInPostgresAndSignOutEverywhereEndsThemAll() {
        // sessions other tests on the same application left open (they share its database)
        int before = sessions("demo.citizen");
        WebSession phone = new WebSession(port);
        HttpResponse<String> signedIn = phone.signIn("0987 000 001", properties.demoPassword());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(signedIn)).endsWith("/tai-khoan");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("dvc-session=").contains("HttpOnly").contains("SameSite=Lax"));

        WebSession email = new WebSession(port);
        assertThat(email.signIn("Demo.Citizen@Example.com", properties.demoPassword()).statusCode()).isEqualTo(302);
        WebSession name = new WebSession(port);
        assertThat(name.signIn("demo.citizen", properties.demoPassword()).statusCode()).isEqualTo(302);

        assertThat(sessions("demo.citizen")).isEqualTo(before + 3);
        assertThat(jdbc.sql("SELECT DISTINCT max_inactive_interval FROM spring_session WHERE principal_name = 'demo.citizen'")
                .query(Integer.class).list()).containsExactly(30 * 60);
        HttpResponse<String> account = phone.get("/tai-khoan");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Nguyễn Thị Hồng Nhung").contains("********1234")
                .doesNotContain("015190001234").contains("đăng nhập ở " + (before + 3) + " nơi");

        HttpResponse<String> everywhere = phone.post("/tai-khoan/dang-xuat-moi-noi", Map.of());
        assertThat(WebSession.location(everywhere)).endsWith("/dang-nhap?da-dang-xuat-moi-noi");
        assertThat(sessions("demo.citizen")).isZero();
        assertThat(name.get("/tai-khoan").statusCode()).isEqualTo(302);
        assertThat(email.get("/tai-khoan").statusCode()).isEqualTo(302);
        assertThat(audit(accountId("demo.citizen"))).contains("identity.sessions.ended");
    }

    @Test
    void signOutEndsTheSessionAndAnonymousVisitorsGetNoSession() {
        WebSession visitor = new WebSession(port);
        HttpResponse<String> home = visitor.get("/");
        assertThat(home.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("dvc-session="));
        assertThat(home.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));

        int before = sessions("demo.specialist");
        assertThat(visitor.signInOfficer("demo.specialist", properties.demoPassword()).statusCode()).isEqualTo(302);
        assertThat(sessions("demo.specialist")).isEqualTo(before + 1);
        assertThat(visitor.get("/").body()).contains("Đinh Văn Hùng").contains("Đăng xuất");
        HttpResponse<String> out = visitor.post("/dang-xuat", Map.of());
        assertThat(WebSession.location(out)).endsWith("/dang-nhap?da-dang-xuat");
        assertThat(sessions("demo.specialist")).isEqualTo(before);
        assertThat(visitor.get("/tai-khoan").statusCode()).isEqualTo(302);
    }

    @Test
    void applicantsAreRefusedFromOfficerAreas() {
        WebSession business = new WebSession(port);
        business.signIn("demo.business", properties.demoPassword());
        assertThat(business.get("/quan-tri/lich-lam-viec").statusCode()).isEqualTo(403);
        assertThat(business.get("/tai-khoan").body()).contains("5200123456").contains("Hoàng Văn Thắng");

        WebSession desk = new WebSession(port);
        desk.signInOfficer("demo.desk", properties.demoPassword());
        assertThat(desk.get("/quan-tri/lich-lam-viec").statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusedRegistrationLeavesNothingAndNamesEachBadField() {
        int accounts = count("identity_account");
        int codes = count("identity_one_time_code");
        WebSession visitor = new WebSession(port);
        visitor.get("/dang-ky/ca-nhan");
        HttpResponse<String> refused = visitor.post("/dang-ky/ca-nhan", Map.of(
                "username", "tran.van.binh", "fullName", "Trần Văn Bình", "citizenId", "01519000123",
                "dateOfBirth", "1990-05-12", "address", "Phường Yên Ninh, thành phố Yên Bái",
                "email", "binh@example.com", "phone", "0912 345 678", "channel", "EMAIL", "password", "matkhau123"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Số định danh cá nhân gồm đúng 12 chữ số")
                .contains("Mật khẩu này quá phổ biến").contains("href=\"#citizenId\"").contains("href=\"#password\"")
                .contains("value=\"tran.van.binh\"").doesNotContain("matkhau123");
        assertThat(count("identity_account")).isEqualTo(accounts);
        assertThat(count("identity_one_time_code")).isEqualTo(codes);

        // an ID number already registered (demo.citizen's) is refused after every other check passed
        HttpResponse<String> taken = visitor.post("/dang-ky/ca-nhan", Map.of(
                "username", "tran.van.binh", "fullName", "Trần Văn Bình", "citizenId", "015190001234",
                "dateOfBirth", "1990-05-12", "address", "Phường Yên Ninh, thành phố Yên Bái",
                "email", "binh@example.com", "channel", "EMAIL", "password", "một mật khẩu đủ dài"));
        assertThat(taken.body()).contains("Số định danh cá nhân này đã có tài khoản");
        assertThat(count("identity_account")).isEqualTo(accounts);
    }

    @Test
    void registrationWithACodeAndSignInNeverPutPasswordsOrCodesInTheLog(CapturedOutput output) {
        String password = "Lúa chín vàng ruộng bậc thang 2026";
        WebSession visitor = new WebSession(port);
        visitor.get("/dang-ky/ca-nhan");
        HttpResponse<String> registered = visitor.post("/dang-ky/ca-nhan", Map.of(
                "username", "lo.thi.xuan", "fullName", "Lò Thị Xuân", "citizenId", "015301234567",
                "dateOfBirth", "2001-03-08", "address", "Thôn Bản Lè, xã Nghĩa Lộ, tỉnh Yên Bái",
                "phone", "+84 912 000 555", "channel", "SMS", "password", password));
        assertThat(registered.statusCode()).isEqualTo(302);
        String verifyPath = WebSession.location(registered).replaceFirst("^https?://[^/]+", "");
        assertThat(verifyPath).startsWith("/dang-ky/xac-minh/");
        HttpResponse<String> verifyPage = visitor.get(verifyPath);
        assertThat(verifyPage.body()).contains("09******55");

        // a pending account cannot sign in
        assertThat(WebSession.errorSummary(new WebSession(port).signIn("lo.thi.xuan", password)))
                .startsWith("Tài khoản chưa hoàn tất đăng ký");

        String code = latestCode("0912000555");
        String wrong = code.equals("000000") ? "111111" : "000000";
        HttpResponse<String> wrongTry = visitor.post(verifyPath, Map.of("code", wrong));
        assertThat(WebSession.errorSummary(wrongTry)).isEqualTo("Mã xác minh không đúng. Bạn còn 4 lần nhập.");
        HttpResponse<String> verified = visitor.post(verifyPath, Map.of("code", code));
        assertThat(WebSession.location(verified)).endsWith("/dang-nhap?da-dang-ky");
        // single use
        assertThat(visitor.post(verifyPath, Map.of("code", code)).statusCode()).isEqualTo(404);

        HttpResponse<String> signedIn = new WebSession(port).signIn("0912000555", password);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        new WebSession(port).signIn("lo.thi.xuan", password + "x");
        String id = accountId("lo.thi.xuan");
        assertThat(jdbc.sql("SELECT status || ' ' || assurance_level FROM identity_account WHERE id = :id")
                .param("id", UUID.fromString(id)).query(String.class).single()).isEqualTo("ACTIVE VERIFIED_BY_CODE");
        assertThat(audit(id)).contains("identity.registration.started", "identity.account.registered",
                "identity.sign-in.succeeded", "identity.sign-in.failed");

        // an officer's second factor: neither the TOTP code nor the secret is logged
        byte[] demoSecret = vn.dvc.portal.platform.TestTotp.demoSecret(properties.demoPassword());
        WebSession officer = new WebSession(port);
        // (not demo.leader: another test here locks it)
        officer.signIn("demo.specialist", properties.demoPassword());
        officer.get("/dang-nhap/ma-xac-thuc");
        String totp = vn.dvc.portal.platform.TestTotp.nextCode(port, "demo.specialist", demoSecret);
        assertThat(WebSession.location(officer.post("/dang-nhap/ma-xac-thuc", Map.of("code", totp)))).endsWith("/tai-khoan");
        String demoSecretText = java.util.HexFormat.of().formatHex(demoSecret);
        officer.get("/tai-khoan");
        officer.post("/dang-xuat", Map.of());

        assertThat(output.getAll()).doesNotContain(password).doesNotContain(code).doesNotContain("015301234567")
                .doesNotContain(properties.demoPassword()).contains("development mailbox")
                .doesNotContain(totp).doesNotContain(demoSecretText)
                .doesNotContain(Totp.base32(demoSecret)).doesNotContain(Totp.grouped(Totp.base32(demoSecret)));
    }

    @Test
    void anExpiredCodeIsRefusedAndANewOneWorks() {
        WebSession visitor = new WebSession(port);
        String verifyPath = register(visitor, "vang.a.sinh", "0915 111 222", "đỉnh Pú Luông mùa lúa chín");
        String first = latestCode("0915111222");
        jdbc.sql("UPDATE identity_one_time_code SET expires_at = now() - interval '1 second' "
                + "WHERE account_id = CAST(:id AS uuid)").param("id", verifyPath.substring(verifyPath.lastIndexOf('/') + 1))
                .update();
        HttpResponse<String> expired = visitor.post(verifyPath, Map.of("code", first));
        assertThat(WebSession.errorSummary(expired)).isEqualTo("Mã xác minh đã hết hạn: bấm Gửi mã mới");
        assertThat(WebSession.errorSummary(visitor.post(verifyPath, Map.of("code", "12345"))))
                .isEqualTo("Nhập mã xác minh gồm 6 chữ số");

        HttpResponse<String> resent = visitor.post(verifyPath + "/gui-lai", Map.of());
        assertThat(WebSession.location(resent)).endsWith(verifyPath + "?da-gui-lai");
        visitor.get(verifyPath);
        String second = latestCode("0915111222");
        if (!second.equals(first)) {
            assertThat(WebSession.errorSummary(visitor.post(verifyPath, Map.of("code", first))))
                    .startsWith("Mã xác minh không đúng");
        }
        assertThat(WebSession.location(visitor.post(verifyPath, Map.of("code", second)))).endsWith("/dang-nhap?da-dang-ky");
    }

    @Test
    void changingThePasswordEndsTheOtherSessions() {
        String password = "suối Giàng chè shan tuyết";
        WebSession registering = new WebSession(port);
        String verifyPath = register(registering, "giang.a.phu", "0915 333 444", password);
        registering.post(verifyPath, Map.of("code", latestCode("0915333444")));

        WebSession laptop = new WebSession(port);
        WebSession phone = new WebSession(port);
        assertThat(laptop.signIn("giang.a.phu", password).statusCode()).isEqualTo(302);
        assertThat(phone.signIn("giang.a.phu", password).statusCode()).isEqualTo(302);
        laptop.get("/tai-khoan");
        HttpResponse<String> wrongCurrent = laptop.post("/tai-khoan/mat-khau",
                Map.of("currentPassword", "không phải mật khẩu", "newPassword", "mật khẩu mới rất dài"));
        assertThat(WebSession.errorSummary(wrongCurrent)).isEqualTo("Mật khẩu hiện tại không đúng");
        HttpResponse<String> common = laptop.post("/tai-khoan/mat-khau",
                Map.of("currentPassword", password, "newPassword", "iloveyou"));
        assertThat(WebSession.errorSummary(common)).startsWith("Mật khẩu mới quá phổ biến");

        HttpResponse<String> changed = laptop.post("/tai-khoan/mat-khau",
                Map.of("currentPassword", password, "newPassword", "mật khẩu mới rất dài"));
        assertThat(WebSession.location(changed)).endsWith("/tai-khoan?da-doi-mat-khau");
        assertThat(laptop.get("/tai-khoan").statusCode()).isEqualTo(200);
        assertThat(phone.get("/tai-khoan").statusCode()).isEqualTo(302);
        assertThat(WebSession.errorSummary(new WebSession(port).signIn("giang.a.phu", password))).isEqualTo(WRONG);
        assertThat(new WebSession(port).signIn("giang.a.phu", "mật khẩu mới rất dài").statusCode()).isEqualTo(302);
        assertThat(audit(accountId("giang.a.phu"))).contains("identity.password.changed");
    }

    @Test
    void aLockedOutPersonResetsThePasswordWithACodeAndUnknownNamesLookTheSame() {
        String password = "thác Pú Nhu mùa nước";
        WebSession registering = new WebSession(port);
        String verifyPath = register(registering, "sung.a.chu", "0915 555 666", password);
        registering.post(verifyPath, Map.of("code", latestCode("0915555666")));
        WebSession phone = new WebSession(port);
        assertThat(phone.signIn("sung.a.chu", password).statusCode()).isEqualTo(302);
        WebSession attacker = new WebSession(port);
        for (int attempt = 1; attempt <= 6; attempt++) {
            attacker.signIn("sung.a.chu", "doan-" + attempt);
        }
        assertThat(WebSession.errorSummary(attacker.signIn("sung.a.chu", password))).isEqualTo(LOCKED);

        WebSession owner = new WebSession(port);
        owner.get("/dang-nhap");
        assertThat(owner.get("/quen-mat-khau").statusCode()).isEqualTo(200);
        HttpResponse<String> sent = owner.post("/quen-mat-khau", Map.of("username", "0915555666"));
        String resetPath = WebSession.location(sent).replaceFirst("^https?://[^/]+", "");
        WebSession stranger = new WebSession(port);
        stranger.get("/quen-mat-khau");
        HttpResponse<String> unknownSent = stranger.post("/quen-mat-khau", Map.of("username", "ai.do.khong.co"));
        assertThat(unknownSent.statusCode()).isEqualTo(302);
        HttpResponse<String> resetPage = owner.get(resetPath);
        String unknownPath = WebSession.location(unknownSent).replaceFirst("^https?://[^/]+", "");
        assertThat(strip(stranger.get(unknownPath).body(), "§§")).isEqualTo(strip(resetPage.body(), "§§"));
        assertThat(WebSession.errorSummary(stranger.post(unknownPath,
                Map.of("code", "123456", "newPassword", "mật khẩu mới sau khi quên")))).isEqualTo("Mã xác minh không đúng hoặc đã hết hạn");

        String code = latestCode("0915555666");
        assertThat(WebSession.errorSummary(owner.post(resetPath, Map.of("code", code, "newPassword", "12345678"))))
                .startsWith("Mật khẩu mới quá phổ biến");
        HttpResponse<String> done = owner.post(resetPath, Map.of("code", code, "newPassword", "mật khẩu mới sau khi quên"));
        assertThat(WebSession.location(done)).endsWith("/dang-nhap?da-dat-lai-mat-khau");
        assertThat(phone.get("/tai-khoan").statusCode()).isEqualTo(302);
        assertThat(new WebSession(port).signIn("sung.a.chu", "mật khẩu mới sau khi quên").statusCode()).isEqualTo(302);
        assertThat(WebSession.errorSummary(owner.post(resetPath, Map.of("code", code, "newPassword", "thêm một lần nữa"))))
                .isEqualTo("Mã xác minh không đúng hoặc đã hết hạn");
        assertThat(audit(accountId("sung.a.chu"))).contains("identity.password-reset.started", "identity.password.reset");
    }

    @Test
    void tooManyFailuresFromOneAddressAreRefusedForAWhile() {
        WebSession visitor = new WebSession(port);
        visitor.signIn("demo.business", "khong-dung-lan-nay");
        try {
            jdbc.sql("UPDATE platform_rate_limit SET hits = 100 WHERE limit_key LIKE 'sign-in-address:%'").update();
            HttpResponse<String> refused = visitor.signIn("demo.business", properties.demoPassword());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(WebSession.errorSummary(refused)).startsWith("Có quá nhiều lần đăng nhập không thành công");
        } finally {
            jdbc.sql("DELETE FROM platform_rate_limit WHERE limit_key LIKE 'sign-in-address:%'").update();
        }
        assertThat(visitor.signIn("demo.business", properties.demoPassword()).statusCode()).isEqualTo(302);
    }

    /** Registers an individual who receives the code by SMS; returns the verification page's path. */
    private String register(WebSession visitor, String username, String phone, String password) {
        visitor.get("/dang-ky/ca-nhan");
        HttpResponse<String> registered = visitor.post("/dang-ky/ca-nhan", Map.of(
                "username", username, "fullName", "Người Thử Nghiệm", "citizenId", "015" + "0" + "85"
                        + String.valueOf(Math.abs(username.hashCode()) % 1_000_000 + 1_000_000).substring(1),
                "dateOfBirth", "1985-01-01", "address", "Xã Mù Cang Chải, tỉnh Yên Bái",
                "phone", phone, "channel", "SMS", "password", password));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        String path = WebSession.location(registered).replaceFirst("^https?://[^/]+", "");
        visitor.get(path);
        return path;
    }

    private String latestCode(String recipient) {
        String body = jdbc.sql("SELECT body FROM identity_dev_mailbox WHERE recipient = :r ORDER BY sent_at DESC LIMIT 1")
                .param("r", recipient).query(String.class).single();
        Matcher code = Pattern.compile("\\b([0-9]{6})\\b").matcher(body);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private int sessions(String username) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u").param("u", username)
                .query(Integer.class).single();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private String accountId(String username) {
        return jdbc.sql("SELECT id::text FROM identity_account WHERE username = :u").param("u", username)
                .query(String.class).single();
    }

    private java.util.List<String> audit(String accountId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_id = :id ORDER BY occurred_at, action")
                .param("id", accountId).query(String.class).list();
    }

    private static String strip(String page, String typedName) {
        return page.replace(typedName, "NAME").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "")
                .replaceAll("[0-9a-f-]{36}", "ID");
    }
}
