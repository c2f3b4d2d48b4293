package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTest;
import vn.dvc.portal.platform.TestTotp;

/**
 * Officer administration ({@code /quan-tri/can-bo}) and the sessions on the account page, over real HTTP
 * on the whole application and a real PostgreSQL: an administrator creates an officer who chooses a
 * first password with the code sent to them and sets up the second factor; role changes, disabling and a
 * second-factor reset are audited; an administrator cannot lock themselves out; other officers are
 * refused; a person ends only their own sessions.
 */
@PortalTest
class OfficerAdministrationIT {

    static final Pattern SETUP = Pattern.compile("/quen-mat-khau/([0-9a-f-]{36}) và nhập mã ([0-9]{6})");
    static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");
    static final String PASSWORD = "đèo Khau Phạ mùa lúa chín";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortalProperties properties;

    @Autowired
    OfficerAdministration administration;

    @Test
    void anAdministratorCreatesAnOfficerWhoSetsUpSignInAndEveryChangeIsAudited() {
        WebSession admin = new WebSession(port);
        assertThat(WebSession.location(admin.signInOfficer("demo.admin", properties.demoPassword()))).endsWith("/tai-khoan");
        assertThat(admin.get("/tai-khoan").body()).contains("/quan-tri/can-bo");
        HttpResponse<String> list = admin.get("/quan-tri/can-bo");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("demo.desk", "demo.admin").doesNotContain("demo.citizen");

        // bad input: every field named, nothing created
        int accounts = count("identity_account");
        admin.get("/quan-tri/can-bo/tao-moi");
        HttpResponse<String> refused = admin.post("/quan-tri/can-bo/tao-moi", Map.of("fullName", "", "username", "1x",
                "email", "khong-phai-thu", "agencyCode", "000.00.01.h6", "roles", "CITIZEN"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Nhập họ và tên", "Mã cơ quan không đúng dạng QCVN 102",
                "Thư điện tử không đúng dạng", "Vai trò không hợp lệ", "href=\"#agencyCode\"", "href=\"#roles\"");
        HttpResponse<String> noRole = admin.post("/quan-tri/can-bo/tao-moi", Map.of("fullName", "Hà Văn Quân",
                "username", "ha.van.quan", "email", "ha.van.quan@example.com", "agencyCode", "000.00.01.H63"));
        assertThat(WebSession.errorSummary(noRole)).isEqualTo("Chọn ít nhất một vai trò");
        HttpResponse<String> taken = admin.post("/quan-tri/can-bo/tao-moi", Map.of("fullName", "Hà Văn Quân",
                "username", "demo.desk", "email", "ha.van.quan@example.com", "agencyCode", "000.00.01.H63", "roles", "DESK"));
        assertThat(WebSession.errorSummary(taken)).isEqualTo("Tên đăng nhập này đã có người dùng: chọn tên khác");
        assertThat(count("identity_account")).isEqualTo(accounts);

        // created: ACTIVE, unusable password, a first-password code sent
        HttpResponse<String> created = admin.post("/quan-tri/can-bo/tao-moi", Map.of("fullName", "Hà Văn Quân",
                "username", "ha.van.quan", "email", "Ha.Van.Quan@example.com", "phone", "", "agencyCode", "000.00.01.h63",
                "unit", "Bộ phận Một cửa", "roles", "DESK"));
        assertThat(WebSession.location(created)).endsWith("/quan-tri/can-bo?da-tao");
        assertThat(admin.get("/quan-tri/can-bo?da-tao").body()).contains("ha.van.quan", "Hà Văn Quân", "000.00.01.H63",
                "Chưa thiết lập");
        String id = accountId("ha.van.quan");
        assertThat(WebSession.location(new WebSession(port).signIn("ha.van.quan", "x"))).doesNotContain("/tai-khoan", "/ma-xac-thuc");

        String message = latestMessage("ha.van.quan@example.com");
        // the link in the message is absolute, at the portal's public address (DVC_PUBLIC_URL)
        assertThat(message).contains("mở trang https://dichvucong.yenbai.gov.vn/quen-mat-khau/");
        Matcher setup = SETUP.matcher(message);
        assertThat(setup.find()).isTrue();
        WebSession officer = new WebSession(port);
        officer.get("/quen-mat-khau/" + setup.group(1));
        assertThat(WebSession.location(officer.post("/quen-mat-khau/" + setup.group(1),
                Map.of("code", setup.group(2), "newPassword", PASSWORD)))).endsWith("/dang-nhap?da-dat-lai-mat-khau");
        assertThat(WebSession.location(officer.signIn("ha.van.quan", PASSWORD))).endsWith("/tai-khoan/xac-thuc-hai-buoc");
        byte[] secret = TestTotp.base32Decode(find(SECRET, officer.get("/tai-khoan/xac-thuc-hai-buoc").body()));
        assertThat(officer.post("/tai-khoan/xac-thuc-hai-buoc",
                Map.of("code", TestTotp.nextCode(port, "ha.van.quan", secret))).statusCode()).isEqualTo(200);
        assertThat(officer.get("/tai-khoan").statusCode()).isEqualTo(200);
        assertThat(officer.get("/quan-tri/can-bo").statusCode()).isEqualTo(403);

        // roles changed: audited, the officer's sessions end so the new roles apply at once
        admin.get("/quan-tri/can-bo/" + id);
        assertThat(WebSession.location(admin.post("/quan-tri/can-bo/" + id + "/vai-tro",
                Map.of("roles", "SPECIALIST")))).endsWith("/quan-tri/can-bo/" + id + "?da-luu");
        assertThat(roles(id)).containsExactly("SPECIALIST");
        assertThat(officer.get("/tai-khoan").statusCode()).isEqualTo(302);
        assertThat(auditDetails(id, "identity.officer.roles-changed")).contains("\"before\": \"DESK\"", "\"after\": \"SPECIALIST\"");

        // disabled: audited, sign-in refused; enabled again
        admin.get("/quan-tri/can-bo/" + id);
        admin.post("/quan-tri/can-bo/" + id + "/trang-thai", Map.of("active", "false"));
        assertThat(status(id)).isEqualTo("DISABLED");
        assertThat(WebSession.location(new WebSession(port).signIn("ha.van.quan", PASSWORD))).doesNotContain("/tai-khoan", "/ma-xac-thuc");
        admin.get("/quan-tri/can-bo/" + id);
        admin.post("/quan-tri/can-bo/" + id + "/trang-thai", Map.of("active", "true"));
        assertThat(status(id)).isEqualTo("ACTIVE");

        // a lost second factor reset: set up again at the next sign-in
        admin.get("/quan-tri/can-bo/" + id);
        admin.post("/quan-tri/can-bo/" + id + "/xac-thuc-hai-buoc", Map.of());
        assertThat(jdbc.sql("SELECT count(*) FROM identity_totp WHERE account_id = :id").param("id", UUID.fromString(id))
                .query(Integer.class).single()).isZero();
        assertThat(WebSession.location(new WebSession(port).signIn("ha.van.quan", PASSWORD)))
                .endsWith("/tai-khoan/xac-thuc-hai-buoc");
        assertThat(audit(id)).contains("identity.officer.created", "identity.officer.first-password-code-sent",
                "identity.officer.roles-changed", "identity.officer.disabled", "identity.officer.enabled",
                "identity.officer.second-factor-reset");

        // no self lock-out
        String own = accountId("demo.admin");
        admin.get("/quan-tri/can-bo/" + own);
        HttpResponse<String> dropAdmin = admin.post("/quan-tri/can-bo/" + own + "/vai-tro", Map.of("roles", "CENTRE"));
        assertThat(dropAdmin.statusCode()).isEqualTo(400);
        assertThat(WebSession.errorSummary(dropAdmin)).isEqualTo("Bạn không thể tự bỏ vai trò Quản trị hệ thống của chính mình");
        HttpResponse<String> disableSelf = admin.post("/quan-tri/can-bo/" + own + "/trang-thai", Map.of("active", "false"));
        assertThat(WebSession.errorSummary(disableSelf)).isEqualTo("Bạn không thể tự khoá tài khoản của chính mình");
        assertThat(roles(own)).containsExactly("ADMIN");
        assertThat(status(own)).isEqualTo("ACTIVE");
        assertThat(admin.get("/quan-tri/can-bo/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void officersWhoAreNotAdministratorsAreRefused() {
        WebSession centre = new WebSession(port);
        centre.signInOfficer("demo.centre", properties.demoPassword());
        assertThat(centre.get("/tai-khoan").body()).doesNotContain("/quan-tri/can-bo");
        assertThat(centre.get("/quan-tri/lich-lam-viec").statusCode()).isEqualTo(200);
        assertThat(centre.get("/quan-tri/can-bo").statusCode()).isEqualTo(403);
        assertThat(centre.get("/quan-tri/can-bo/tao-moi").statusCode()).isEqualTo(403);
        String desk = accountId("demo.desk");
        assertThat(centre.get("/quan-tri/can-bo/" + desk).statusCode()).isEqualTo(403);
        centre.get("/tai-khoan");
        assertThat(centre.post("/quan-tri/can-bo/" + desk + "/trang-thai", Map.of("active", "false")).statusCode())
                .isEqualTo(403);
        assertThat(centre.post("/quan-tri/can-bo/tao-moi", Map.of("fullName", "X", "username", "x.y.z",
                "email", "x.y.z@example.com", "agencyCode", "000.00.01.H63", "roles", "ADMIN")).statusCode()).isEqualTo(403);
        assertThat(status(desk)).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("SELECT count(*) FROM identity_account WHERE username = 'x.y.z'").query(Integer.class).single())
                .isZero();
    }

    @Test
    @WithMockUser(username = "demo.centre", roles = "CENTRE")
    void theServiceRefusesOtherRoles() {
        SignedInUser centre = new SignedInUser(UUID.fromString(accountId("demo.centre")), "demo.centre", "Trần Minh Đức",
                AccountKind.OFFICER, java.util.Set.of(Role.CENTRE), AssuranceLevel.VERIFIED_BY_CODE, "000.00.01.H63");
        UUID desk = UUID.fromString(accountId("demo.desk"));
        assertThatThrownBy(administration::officers).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.changeRoles(desk, List.of("ADMIN"), centre))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.setActive(desk, false, centre)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.resetSecondFactor(desk, centre)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.create(new OfficerAdministration.OfficerForm("X", "x.y", "x.y@example.com",
                null, "000.00.01.H63", null, List.of("ADMIN")), centre)).isInstanceOf(AccessDeniedException.class);
        assertThat(roles(desk.toString())).containsExactly("DESK");
    }

    @Test
    void theAccountPageListsOnlyOnesOwnSessionsAndEndsOnlyThose() {
        WebSession phone = new WebSession(port);
        WebSession laptop = new WebSession(port);
        WebSession business = new WebSession(port);
        phone.signIn("demo.citizen", properties.demoPassword());
        laptop.signIn("demo.citizen", properties.demoPassword());
        business.signIn("demo.business", properties.demoPassword());
        List<String> own = sessionIds("demo.citizen");
        String other = sessionIds("demo.business").getFirst();

        HttpResponse<String> page = laptop.get("/tai-khoan");
        assertThat(page.body()).contains("Phiên này").doesNotContain(other).doesNotContain(own.toArray(String[]::new))
                .doesNotContain(AccountSelfService.reference(other))
                .containsPattern("[0-9]{2}:[0-9]{2} [0-9]{2}/[0-9]{2}/20[0-9]{2}");
        assertThat(count(page.body(), "Kết thúc phiên này")).isEqualTo(own.size() - 1);

        // another person's session: refused, still there
        HttpResponse<String> refused = laptop.post("/tai-khoan/phien/ket-thuc",
                Map.of("session", AccountSelfService.reference(other)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(WebSession.errorSummary(refused)).isEqualTo("Không tìm thấy phiên đăng nhập này trong các phiên của tài khoản.");
        assertThat(sessionIds("demo.business")).contains(other);
        assertThat(business.get("/tai-khoan").statusCode()).isEqualTo(200);

        // this session cannot be "ended" from the list (sign out does that)
        String laptopSession = own.stream()
                .filter(id -> !page.body().contains("value=\"" + AccountSelfService.reference(id) + "\""))
                .findFirst().orElseThrow();
        assertThat(laptop.post("/tai-khoan/phien/ket-thuc", Map.of("session", AccountSelfService.reference(laptopSession)))
                .statusCode()).isEqualTo(400);

        // one's own other session: ended; this one goes on
        String phoneSession = own.stream()
                .filter(id -> page.body().contains("value=\"" + AccountSelfService.reference(id) + "\""))
                .findFirst().orElseThrow();
        assertThat(WebSession.location(laptop.post("/tai-khoan/phien/ket-thuc",
                Map.of("session", AccountSelfService.reference(phoneSession)))))
                .endsWith("/tai-khoan?da-ket-thuc-phien");
        assertThat(sessionIds("demo.citizen")).doesNotContain(phoneSession);
        assertThat(laptop.get("/tai-khoan?da-ket-thuc-phien").body()).contains("Đã kết thúc phiên đăng nhập.");
        assertThat(audit(accountId("demo.citizen"))).contains("identity.session.ended", "identity.session.end-refused");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private List<String> sessionIds(String username) {
        return jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = :u AND expiry_time > :now")
                .param("u", username).param("now", System.currentTimeMillis())
                .query(String.class).list();
    }

    private String latestMessage(String recipient) {
        return jdbc.sql("SELECT body FROM identity_dev_mailbox WHERE recipient = :r ORDER BY sent_at DESC LIMIT 1")
                .param("r", recipient).query(String.class).single();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private String accountId(String username) {
        return jdbc.sql("SELECT id::text FROM identity_account WHERE username = :u").param("u", username)
                .query(String.class).single();
    }

    private List<String> roles(String accountId) {
        return jdbc.sql("SELECT role FROM identity_account_role WHERE account_id = :id ORDER BY role")
                .param("id", UUID.fromString(accountId)).query(String.class).list();
    }

    private String status(String accountId) {
        return jdbc.sql("SELECT status FROM identity_account WHERE id = :id").param("id", UUID.fromString(accountId))
                .query(String.class).single();
    }

    private List<String> audit(String accountId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_id = :id ORDER BY occurred_at, action")
                .param("id", accountId).query(String.class).list();
    }

    private String auditDetails(String accountId, String action) {
        return jdbc.sql("SELECT details::text FROM audit_event WHERE object_id = :id AND action = :a")
                .param("id", accountId).param("a", action).query(String.class).single();
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
