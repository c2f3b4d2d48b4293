package vn.dvc.portal.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.SystemTest;

/**
 * National single sign-on in a browser (AUTH-3, AUTH-4) against the real development provider: sign-in at
 * level 1 (a new account, then the same account again) and at level 2 without JavaScript; the demo citizen's
 * national identity leads to {@code demo.citizen}; a step-up to the national level goes through the
 * provider at level 2 and comes back to the page that asked for it.
 */
@SystemTest
class NationalSignOnBrowserIT extends BrowserTest {

    static final int PORTAL_PORT = DevIdpProcess.freePort();
    static final String BUTTON = "Đăng nhập bằng tài khoản định danh điện tử (VNeID)";
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
    PortalProperties properties;

    @Test
    void aCitizenSignsInThroughTheProviderAtLevelOneAndAgainIntoTheSameAccount() {
        page.navigate(url("/dang-nhap"));
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON)).click();
        atProvider(page, "cong.dan.muc1");
        page.waitForURL(url("/tai-khoan"));
        assertThat(page.locator("header")).containsText("Phạm Thị Thu Trang");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bạn đã đăng xuất.");
        // still signed in at the provider: it answers at once, into the same account
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON)).click();
        page.waitForURL(url("/tai-khoan"));
        assertThat(page.locator("header")).containsText("Phạm Thị Thu Trang");
        assertThat(page.locator("main")).containsText("pham.thi.thu.trang");
    }

    @Test
    void levelTwoWorksWithoutJavaScript() {
        Page noScript = openPage(new Browser.NewContextOptions().setLocale("vi-VN").setJavaScriptEnabled(false));
        noScript.navigate(url("/dang-nhap"));
        noScript.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON)).click();
        atProvider(noScript, "cong.dan.muc2");
        noScript.waitForURL(url("/tai-khoan"));
        assertThat(noScript.locator("header")).containsText("Trần Văn Minh");
        noScript.context().close();
    }

    @Test
    void theDemoCitizensNationalIdentitySignsIntoDemoCitizen() {
        page.navigate(url("/dang-nhap"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON)).click();
        atProvider(page, "cong.dan.nhung");
        page.waitForURL(url("/tai-khoan"));
        assertThat(page.locator("main")).containsText("demo.citizen");
    }

    @Test
    void aStepUpToTheNationalLevelGoesThroughTheProviderAtLevelTwoAndBack() {
        Page citizen = signedIn("demo.citizen", properties.demoPassword());
        citizen.navigate(url(StepUpProbe.NATIONAL_PATH));
        citizen.waitForURL(Pattern.compile(".*/dang-nhap/nang-muc.*"));
        assertAccessible(citizen);
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON)).click();
        citizen.waitForURL(Pattern.compile(Pattern.quote(IDP.issuer()) + "/dang-nhap.*"));
        // only identities of level 2 are offered
        assertThat(citizen.locator("input[value='cong.dan.muc1']")).hasCount(0);
        atProvider(citizen, "cong.dan.nhung");
        citizen.waitForURL(url(StepUpProbe.NATIONAL_PATH));
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(StepUpProbe.CONTENT);
        citizen.context().close();
    }

    @Test
    void beforeAProcedureThatRequiresTheNationalLevelTheCitizenStepsUpAndComesBackToIt() {
        // 1.004873 (xác nhận tình trạng hôn nhân) is offered online and requires NATIONAL_IDENTITY in the demo
        // catalogue; demo.citizen signed in with a password is VERIFIED_BY_CODE
        Page citizen = signedIn("demo.citizen", properties.demoPassword());
        citizen.navigate(url("/nop-ho-so/1.004873"));
        citizen.waitForURL(Pattern.compile(".*/dang-nhap/nang-muc.*"));
        assertThat(citizen.locator("main")).not().containsText("Bắt đầu soạn hồ sơ");
        assertAccessible(citizen);
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON)).click();
        atProvider(citizen, "cong.dan.nhung");
        citizen.waitForURL(url("/nop-ho-so/1.004873"));
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân");
        assertThat(citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu soạn hồ sơ")))
                .isVisible();
        citizen.context().close();
    }

    /** Chooses a test identity on the provider's sign-in page and signs in. */
    private static void atProvider(Page on, String identity) {
        on.waitForURL(Pattern.compile(Pattern.quote(IDP.issuer()) + "/dang-nhap.*"));
        on.locator("input[name='username'][value='" + identity + "']").check();
        on.locator("#password").fill("VNeID@2026");
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
    }
}
