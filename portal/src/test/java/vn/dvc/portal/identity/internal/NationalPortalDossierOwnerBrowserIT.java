package vn.dvc.portal.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.NationalSim;
import vn.dvc.portal.platform.SystemTest;

/**
 * A dossier filed at the National Portal belongs to the person the National Portal identified (VNeID; INT-1,
 * AUTH-3): filed on the simulator's citizen page with a test identity's number, it shows in that person's
 * "Hồ sơ của tôi" once they sign in with national sign-on — whether the dossier came before their first sign-in
 * (it becomes theirs when the account is linked) or after it (it is theirs on arrival). The development identity
 * provider and the simulator run as processes of their own; everything is driven in a browser.
 */
@SystemTest
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class NationalPortalDossierOwnerBrowserIT extends BrowserTest {

    static final int PORTAL_PORT = DevIdpProcess.freePort();
    static final String BUTTON = "Đăng nhập bằng tài khoản định danh điện tử (VNeID)";
    private static final DevIdpProcess.Shared IDP = new DevIdpProcess.Shared(PORTAL_PORT);
    private static final NationalSim SIM = NationalSim.shared();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        IDP.register(registry);
        SIM.portalProperties(registry);
    }

    @AfterAll
    static void stopProvider() {
        IDP.stop();
    }

    @Value("${dvc.dossier.national-portal-api-key}")
    String apiKey;

    @BeforeEach
    void pointTheSimulatorHere() {
        SIM.reset();
        SIM.send("POST", "/sim/portal", "{\"url\":\"http://localhost:" + port + "\",\"apiKey\":\"" + apiKey + "\"}");
    }

    @Test
    void aDossierFiledBeforeTheFirstNationalSignInBecomesTheApplicantsAtThatSignIn() {
        // Phạm Thị Thu Trang (cong.dan.muc1, 015195003782) has never used this portal
        String code = fileOnTheSimulator("Phạm Thị Thu Trang", "015195003782");
        signInNationally(page, "cong.dan.muc1");
        page.navigate(url("/tai-khoan/ho-so"));
        // the link is announced after the sign-in commits; the page shows the dossier once it is the account's
        for (int attempt = 0; attempt < 20 && !page.locator("main").textContent().contains(code); attempt++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(page.locator("main")).containsText(code);
        assertAccessible(page);
    }

    @Test
    void aDossierFiledAfterTheFirstNationalSignInIsTheApplicantsOnArrival() {
        // Trần Văn Minh (cong.dan.muc2, 001085012345) signs in first, then files at the National Portal
        Page first = openPage(contextOptions());
        signInNationally(first, "cong.dan.muc2");
        first.context().close();
        String code = fileOnTheSimulator("Trần Văn Minh", "001085012345");
        signInNationally(page, "cong.dan.muc2");
        page.navigate(url("/tai-khoan/ho-so"));
        assertThat(page.locator("main")).containsText(code, new LocatorAssertions.ContainsTextOptions().setTimeout(1_000));
    }

    private void signInNationally(Page on, String identity) {
        on.navigate(url("/dang-nhap"));
        on.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON)).click();
        on.waitForURL(Pattern.compile(Pattern.quote(IDP.issuer()) + "/dang-nhap.*"));
        on.locator("input[name='username'][value='" + identity + "']").check();
        on.locator("#password").fill("VNeID@2026");
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        on.waitForURL(url("/tai-khoan"));
    }

    /** Files a birth registration on the simulator's page (sample files); returns our dossier code. */
    private String fileOnTheSimulator(String name, String vneid) {
        Page sim = openPage(contextOptions());
        sim.navigate(SIM.url() + "/cong-dan/nop?thuTuc=1.001193");
        sim.getByLabel("Họ và tên").fill(name);
        sim.getByLabel("Số định danh cá nhân (VNeID)").fill(vneid);
        sim.getByLabel("Số điện thoại").fill("0912345678");
        sim.getByLabel("Trích yếu").fill("Đăng ký khai sinh cho con");
        sim.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
        sim.waitForURL(Pattern.compile(".*/cong-dan/ho-so/.*"));
        assertThat(sim.locator("#ma-ho-so-tinh")).not().isEmpty();
        String code = sim.locator("#ma-ho-so-tinh").textContent().strip();
        sim.context().close();
        return code;
    }
}
