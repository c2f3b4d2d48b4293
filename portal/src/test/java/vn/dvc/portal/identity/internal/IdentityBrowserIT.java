package vn.dvc.portal.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * Accounts in a browser (#5): a citizen and an organisation register with a one-time code read from the
 * development mailbox, sign in and out; the forgotten-password pages are accessible; six wrong passwords give the honest lockout message; the Centre
 * signs in from the administration page it asked for and records a decision; a citizen is refused there.
 */
class IdentityBrowserIT extends BrowserTest {

    @Autowired
    PortalProperties properties;

    @Test
    void aCitizenRegistersVerifiesTheCodeSignsInAndOut() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng ký").setExact(true)).click();
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Công dân")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Đăng ký tài khoản công dân");

        // nothing filled in: the server names every missing field, each linked to its field
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();
        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Chưa đăng ký được");
        assertThat(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nhập họ và tên")))
                .hasAttribute("href", "#fullName");
        assertThat(page.getByLabel("Họ và tên")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        page.getByLabel("Họ và tên").fill("Hà Thị Thu Trang");
        page.getByLabel("Số định danh cá nhân (số căn cước công dân)").fill("015 195 004 321");
        page.getByLabel("Ngày sinh").fill("1995-09-02");
        page.getByLabel("Địa chỉ liên hệ").fill("Tổ 3, phường Hồng Hà, thành phố Yên Bái, tỉnh Yên Bái");
        page.locator("#email").fill("thutrang.ha@example.com");
        page.getByLabel("Tên đăng nhập", new Page.GetByLabelOptions().setExact(true)).fill("ha.thu.trang");
        page.getByLabel("Mật khẩu mới").fill("password1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Mật khẩu này quá phổ biến");
        assertThat(page.getByLabel("Họ và tên")).hasValue("Hà Thị Thu Trang");
        assertThat(page.getByLabel("Mật khẩu mới")).hasValue("");

        String password = "mây trắng bay trên đèo Khau Phạ";
        page.getByLabel("Mật khẩu mới").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Xác minh đăng ký");
        assertThat(page.locator("main")).containsText("t***@example.com");
        assertAccessible(page);

        page.getByLabel("Mã xác minh").fill(codeFor("thutrang.ha@example.com"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác minh")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đăng ký thành công. Mời bạn đăng nhập.");

        page.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại").fill("ha.thu.trang");
        page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page).hasURL(url("/tai-khoan"));
        assertThat(page.locator("header")).containsText("Hà Thị Thu Trang");
        assertThat(page.locator("main")).containsText("********4321");
        assertThat(page.locator("main")).containsText("Đã xác minh thư điện tử");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bạn đã đăng xuất.");
        assertThat(page.locator("header")).not().containsText("Hà Thị Thu Trang");
        page.navigate(url("/tai-khoan"));
        assertThat(page).hasURL(url("/dang-nhap"));
    }

    @Test
    void anOrganisationRegistersWithoutJavaScriptAndItsRepresentativeSignsIn() {
        Page noScript = openPage(new Browser.NewContextOptions().setLocale("vi-VN").setJavaScriptEnabled(false));
        noScript.navigate(url("/dang-ky/to-chuc"));
        noScript.getByLabel("Tên tổ chức, doanh nghiệp").fill("Hợp tác xã Quế Văn Yên");
        noScript.getByLabel("Mã số thuế (mã số doanh nghiệp)").fill("5200456783");
        noScript.getByLabel("Người đại diện theo pháp luật").fill("Triệu Văn Lâm");
        noScript.getByLabel("Chức danh của người đại diện").fill("Giám đốc");
        noScript.getByLabel("Địa chỉ trụ sở").fill("Thôn Khe Cả, xã Đại Sơn, huyện Văn Yên, tỉnh Yên Bái");
        noScript.locator("#email").fill("htx.quevanyen@example.com");
        noScript.getByLabel("Số điện thoại di động").fill("0915 222 333");
        noScript.getByLabel("Tin nhắn SMS").check();
        noScript.getByLabel("Tên đăng nhập", new Page.GetByLabelOptions().setExact(true)).fill("htx.quevanyen");
        noScript.getByLabel("Mật khẩu mới").fill("quế thơm Văn Yên 2026");
        noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();
        assertThat(noScript.locator("main")).containsText("số điện thoại 09******33");

        noScript.getByLabel("Mã xác minh").fill(codeFor("0915222333"));
        noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác minh")).click();
        assertThat(noScript.getByRole(AriaRole.STATUS)).hasText("Đăng ký thành công. Mời bạn đăng nhập.");
        noScript.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại").fill("htx.quevanyen@example.com");
        noScript.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill("quế thơm Văn Yên 2026");
        noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        Locator main = noScript.locator("main");
        assertThat(main).containsText("Hợp tác xã Quế Văn Yên");
        assertThat(main).containsText("5200456783");
        assertThat(main).containsText("Triệu Văn Lâm (Giám đốc)");
        assertThat(main).containsText("Quản lý tài khoản của tổ chức");
        noScript.context().close();
    }

    /**
     * The lockout test locks demo.admin for two hours in an application context that other browser tests share:
     * release it afterwards, as an administrator would, so that their sign-ins do not depend on class order.
     */
    @org.junit.jupiter.api.AfterEach
    void releaseTheLockedDemoAdmin(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        jdbc.sql("UPDATE identity_account SET failed_sign_ins = 0, locked_until = NULL WHERE username = 'demo.admin'")
                .update();
    }

    @Test
    void sixWrongPasswordsGiveTheHonestLockoutMessage() {
        page.navigate(url("/dang-nhap"));
        for (int attempt = 1; attempt <= 6; attempt++) {
            page.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại").fill("demo.admin");
            page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill("doan-mo-" + attempt);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText(attempt < 6
                    ? "Tên đăng nhập hoặc mật khẩu không đúng"
                    : "Tài khoản tạm khóa đăng nhập trong 2 giờ do nhập sai mật khẩu quá 6 lần");
        }
        assertThat(page.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại")).hasValue("demo.admin");
        assertAccessible(page);
        page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(properties.demoPassword());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Tài khoản tạm khóa đăng nhập trong 2 giờ do nhập sai mật khẩu quá 6 lần");
    }

    @Test
    void theForgottenPasswordPagesAreAccessible() {
        page.navigate(url("/dang-nhap"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quên mật khẩu?")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Đặt lại mật khẩu");
        assertAccessible(page);
        page.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại").fill("demo.desk@example.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi mã xác minh")).click();
        assertThat(page.locator("main")).containsText("Nếu thông tin bạn nhập khớp với một tài khoản");
        page.getByLabel("Mã xác minh").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đặt lại mật khẩu")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nhập mã xác minh gồm 6 chữ số");
        assertAccessible(page);
    }

    @Test
    void theCentreSignsInFromTheAdministrationPageAndRecordsADecision() {
        page.navigate(url("/quan-tri/lich-lam-viec?nam=2033"));
        assertThat(page).hasURL(url("/dang-nhap"));
        page.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại").fill("demo.centre");
        page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(properties.demoPassword());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        // officers must use a second factor: the demo officers' documented TOTP secret
        assertThat(page).hasURL(url("/dang-nhap/ma-xac-thuc"));
        enterSecondFactor(page, "demo.centre", vn.dvc.portal.platform.TestTotp.demoSecret(properties.demoPassword()));
        assertThat(page).hasURL(url("/quan-tri/lich-lam-viec?nam=2033"));
        assertThat(page.locator("header")).containsText("Trần Minh Đức");

        Locator addDayOff = page.locator("form", new Page.LocatorOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thêm ngày nghỉ"))));
        addDayOff.getByLabel("Ngày", new Locator.GetByLabelOptions().setExact(true)).fill("2033-06-10");
        addDayOff.getByLabel("Tên ngày nghỉ").fill("Nghỉ kỷ niệm thành lập tỉnh");
        addDayOff.getByLabel("Căn cứ pháp lý").fill("Quyết định số 45/QĐ-UBND ngày 01/6/2033");
        addDayOff.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm ngày nghỉ")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu");
        assertThat(page.locator("table.decisions")).containsText("10/06/2033 — Nghỉ kỷ niệm thành lập tỉnh");
        assertThat(page.locator("table.decisions")).containsText("demo.centre");
    }

    @Test
    void aCitizenIsRefusedFromAdministration() {
        Page citizen = signedIn("demo.citizen", properties.demoPassword());
        var response = citizen.navigate(url("/quan-tri/lich-lam-viec"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(citizen.locator("main")).not().containsText("Ghi nhận quyết định mới");
        assertAccessible(citizen);
        citizen.context().close();
    }

    /** Reads the newest one-time code sent to the recipient from the development mailbox page. */
    private String codeFor(String recipient) {
        Page mailbox = openPage(new Browser.NewContextOptions().setLocale("vi-VN"));
        mailbox.navigate(url("/hop-thu-thu-nghiem"));
        String body = mailbox.locator("ol.mailbox li", new Page.LocatorOptions().setHasText(recipient)).first()
                .locator(".body").textContent();
        mailbox.context().close();
        Matcher code = Pattern.compile("\\b([0-9]{6})\\b").matcher(body);
        assertThat(code.find()).as("a code in %s", body).isTrue();
        return code.group(1);
    }
}
