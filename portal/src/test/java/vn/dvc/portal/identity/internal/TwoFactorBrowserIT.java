package vn.dvc.portal.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.TestTotp;

/**
 * Two-step verification in a browser (#5): a citizen turns TOTP on from the account page (QR code and secret,
 * a first code, recovery codes) and signs in with it; six wrong codes give the honest lockout message; an
 * officer without a second factor is made to set one up before the administration page; a page that needs a
 * higher assurance level sends the user through a step-up and back. Every page passes axe.
 */
class TwoFactorBrowserIT extends BrowserTest {

    static final String PASSWORD = "ruộng bậc thang Mù Cang Chải";

    @Autowired
    AccountStore store;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aCitizenTurnsOnTwoStepVerificationAndSignsInWithIt() {
        account("lo.van.pao", AccountKind.INDIVIDUAL, AssuranceLevel.VERIFIED_BY_CODE);
        Page browser = signedIn("lo.van.pao", PASSWORD);
        browser.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản lý xác thực hai bước")).click();
        assertThat(browser.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Xác thực hai bước");
        assertThat(browser.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Mã QR để thêm tài khoản vào ứng dụng xác thực"))).isVisible();
        assertAccessible(browser);
        byte[] secret = TestTotp.base32Decode(browser.locator("#totp-secret").textContent());

        browser.getByLabel("Mã xác thực").fill("12");
        browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bật xác thực hai bước")).click();
        assertThat(browser.getByRole(AriaRole.ALERT)).containsText("Nhập mã xác thực gồm 6 chữ số");
        assertAccessible(browser);
        browser.getByLabel("Mã xác thực").fill(TestTotp.nextCode(port, "lo.van.pao", secret));
        browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bật xác thực hai bước")).click();
        assertThat(browser.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mã dự phòng");
        assertThat(browser.locator("ul.recovery-codes li")).hasCount(8);
        assertAccessible(browser);
        browser.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tôi đã lưu các mã, tiếp tục")).click();
        assertThat(browser).hasURL(url("/tai-khoan"));
        assertThat(browser.locator("main")).containsText("Đang bật.");
        browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất").setExact(true)).click();

        browser.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại").fill("lo.van.pao");
        browser.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(browser).hasURL(url("/dang-nhap/ma-xac-thuc"));
        assertThat(browser.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Nhập mã xác thực");
        assertAccessible(browser);
        enterSecondFactor(browser, "lo.van.pao", secret);
        assertThat(browser).hasURL(url("/tai-khoan"));
        assertThat(browser.locator("header")).containsText("Người Thử Trình Duyệt");
        browser.context().close();
    }

    @Test
    void sixWrongCodesGiveTheHonestLockoutMessage() {
        UUID id = account("sung.thi.May", AccountKind.INDIVIDUAL, AssuranceLevel.VERIFIED_BY_CODE);
        byte[] secret = Totp.newSecret();
        secondFactor.enableFixed(id, secret);
        page.navigate(url("/dang-nhap"));
        page.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại").fill("sung.thi.may");
        page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page).hasURL(url("/dang-nhap/ma-xac-thuc"));
        String wrong = TestTotp.wrongCode(secret);
        for (int attempt = 1; attempt <= 6; attempt++) {
            page.getByLabel("Mã xác thực").fill(wrong);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText(attempt < 6
                    ? "Mã xác thực không đúng. Bạn còn " + (6 - attempt) + " lần nhập."
                    : "Bước nhập mã xác thực tạm khóa trong 2 giờ do nhập sai mã quá 6 lần");
        }
        assertAccessible(page);
        enterSecondFactor(page, "sung.thi.may", secret);
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Bước nhập mã xác thực tạm khóa trong 2 giờ do nhập sai mã quá 6 lần");
    }

    @Test
    void anOfficerIsMadeToSetUpASecondFactorBeforeTheAdministrationPage() {
        account("ha.van.duc", AccountKind.OFFICER, AssuranceLevel.VERIFIED_BY_CODE);
        page.navigate(url("/quan-tri/lich-lam-viec"));
        assertThat(page).hasURL(url("/dang-nhap"));
        page.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại").fill("ha.van.duc");
        page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page).hasURL(url("/tai-khoan/xac-thuc-hai-buoc"));
        assertThat(page.locator("main")).containsText("Cán bộ, công chức phải dùng xác thực hai bước");
        assertAccessible(page);
        page.navigate(url("/quan-tri/lich-lam-viec"));
        assertThat(page).hasURL(url("/tai-khoan/xac-thuc-hai-buoc"));

        byte[] secret = TestTotp.base32Decode(page.locator("#totp-secret").textContent());
        page.getByLabel("Mã xác thực").fill(TestTotp.nextCode(port, "ha.van.duc", secret));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bật xác thực hai bước")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tôi đã lưu các mã, tiếp tục")).click();
        assertThat(page).hasURL(url("/quan-tri/lich-lam-viec"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
    }

    @Test
    void aPageThatNeedsAHigherLevelSendsTheUserThroughAStepUpAndBack() {
        UUID id = account("trieu.thi.nga", AccountKind.INDIVIDUAL, AssuranceLevel.SELF_DECLARED);
        Page browser = signedIn("trieu.thi.nga", PASSWORD);
        assertThat(browser.locator("main")).containsText("Tự khai báo");
        // TOTP turned on elsewhere: this session is still at the level it signed in with
        byte[] secret = Totp.newSecret();
        secondFactor.enableFixed(id, secret);

        browser.navigate(url(StepUpProbe.PATH));
        assertThat(browser.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Xác thực thêm");
        assertThat(browser.locator("main")).containsText("Đã xác minh thư điện tử hoặc số điện thoại");
        assertAccessible(browser);
        enterSecondFactor(browser, "trieu.thi.nga", secret);
        assertThat(browser).hasURL(url(StepUpProbe.PATH));
        assertThat(browser.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(StepUpProbe.CONTENT);
        browser.navigate(url("/tai-khoan"));
        assertThat(browser.locator("main")).containsText("Đã xác minh thư điện tử hoặc số điện thoại");
        browser.context().close();
    }

    private UUID account(String username, AccountKind kind, AssuranceLevel level) {
        UUID id = UUID.randomUUID();
        Role role = kind == AccountKind.OFFICER ? Role.CENTRE : Role.CITIZEN;
        store.insertAccount(id, kind, username.toLowerCase(java.util.Locale.ROOT), "Người Thử Trình Duyệt",
                username.toLowerCase(java.util.Locale.ROOT) + "@example.com", null, encoder.encode(PASSWORD),
                StoredAccount.Status.ACTIVE, level, Instant.now(), EnumSet.of(role));
        if (kind == AccountKind.OFFICER) {
            store.insertOfficer(id, "000.00.01.H63", null);
        }
        assertThat(store.findById(id)).isPresent();
        return id;
    }
}
