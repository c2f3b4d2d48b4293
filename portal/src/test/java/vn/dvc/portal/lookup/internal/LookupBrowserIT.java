package vn.dvc.portal.lookup.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * The look-up in a browser (#8 items 1–3, 5; LOOK-1, LOOK-3): from the home page to the public look-up, which
 * shows the status and nothing about the applicant; the QR code's address; the desk officer's barcode page,
 * where a scanner types the code and Enter and the dossier's desk page opens; the kiosk in large type that
 * returns to its empty field; the hotline operator, who sees the public status only.
 */
class LookupBrowserIT extends BrowserTest {

    /** Once received, a dossier goes on into processing at once (processing listens to DossierReceived). */
    static final Pattern RECEIVED_OR_PROCESSING = Pattern.compile("Được tiếp nhận \\(2\\)|Đang xử lý \\(4\\)");

    static final NationalPortalDossiers.Applicant APPLICANT = new NationalPortalDossiers.Applicant(
            "Đỗ Văn Quyết", "015087004455", "Tổ 3, phường Hồng Hà, thành phố Yên Bái", "0966554433",
            "do.van.quyet@example.com");

    @Autowired
    PortalProperties properties;

    @Test
    void aCodeIsLookedUpFromTheHomePageWithoutAnythingPersonal() throws Exception {
        NationalPortalDossiers.Received dossier = NationalPortalDossiers.receive(port, APPLICANT);
        page.navigate(url("/"));
        page.locator("main a[href$='/tra-cuu-ho-so']").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tra cứu hồ sơ");
        assertAccessible(page);

        page.getByLabel("Mã hồ sơ").fill(dossier.code().toLowerCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
        assertThat(page.locator(".lookup-code")).hasText(dossier.code());
        assertThat(page.locator(".lookup-national-status")).hasText(RECEIVED_OR_PROCESSING);
        assertThat(page.locator(".lookup-standing")).hasText("Còn hạn");
        assertThat(page.locator("main")).not().containsText("Quyết");
        assertThat(page.locator("main")).not().containsText("Hồng Hà");
        assertThat(page.content()).doesNotContain(APPLICANT.idNumber(), APPLICANT.phone(), APPLICANT.email(),
                dossier.id().toString());
        assertAccessible(page);

        // a code that does not exist: said beside the field
        page.getByLabel("Mã hồ sơ").fill("000.00.15.H63-261201-9998");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
        assertThat(page.locator("#ma-error")).containsText("Không tìm thấy hồ sơ có mã này");
        assertThat(page.locator(".error-summary")).isVisible();
        assertAccessible(page);
    }

    @Test
    void theQrCodesAddressOpensTheStatusOnANarrowScreen() throws Exception {
        NationalPortalDossiers.Received dossier = NationalPortalDossiers.receive(port, APPLICANT);
        Page phone = openPage(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(360, 740));
        // the address Slips.lookupUrl prints as the QR code of Form 01
        phone.navigate(url("/tra-cuu-ho-so?ma=" + java.net.URLEncoder.encode(dossier.code(),
                java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(phone.locator(".lookup-national-status")).hasText(RECEIVED_OR_PROCESSING);
        assertThat(phone.locator("main")).not().containsText(APPLICANT.name());
        assertAccessible(phone);
        phone.context().close();
    }

    @Test
    void aScannedCodeAtTheDeskOpensTheDossier() throws Exception {
        NationalPortalDossiers.Received dossier = NationalPortalDossiers.receive(port, APPLICANT);
        Page desk = signedIn("demo.desk", properties.demoPassword());
        desk.navigate(url("/can-bo/tra-cuu"));
        assertAccessible(desk);
        // the field has the focus: a USB scanner types the code and Enter
        desk.keyboard().type(dossier.code());
        desk.keyboard().press("Enter");
        desk.waitForURL(url("/can-bo/tiep-nhan/ho-so/" + dossier.id()));
        assertThat(desk.locator(".dossier-code")).hasText(dossier.code());
        assertThat(desk.locator("main")).containsText(APPLICANT.name());
        desk.context().close();
    }

    @Test
    void theHotlineSeesThePublicStatusOnly() throws Exception {
        NationalPortalDossiers.Received dossier = NationalPortalDossiers.receive(port, APPLICANT);
        Page hotline = signedIn("demo.hotline", properties.demoPassword());
        hotline.navigate(url("/can-bo/tra-cuu"));
        hotline.keyboard().type(dossier.code());
        hotline.keyboard().press("Enter");
        assertThat(hotline.locator(".lookup-national-status")).hasText(RECEIVED_OR_PROCESSING);
        assertThat(hotline.locator("main")).containsText("Hồ sơ thuộc phạm vi đơn vị của ông/bà");
        assertThat(hotline.locator("main")).not().containsText(APPLICANT.name());
        assertAccessible(hotline);
        // the hotline reaches no dossier and no question
        Response reception = hotline.navigate(url("/can-bo/tiep-nhan/ho-so/" + dossier.id()));
        assertThat(reception.status()).isEqualTo(403);
        assertThat(hotline.navigate(url("/can-bo/hoi-dap")).status()).isEqualTo(403);
        hotline.context().close();
    }

    @Test
    void theKioskShowsTheStatusInLargeTypeAndReturnsToItsField() throws Exception {
        NationalPortalDossiers.Received dossier = NationalPortalDossiers.receive(port, APPLICANT);
        page.navigate(url("/tra-cuu-ho-so/kiosk"));
        assertThat(page.locator("#ma")).isFocused();
        assertAccessible(page);
        page.keyboard().type(dossier.code());
        Response shown = page.waitForNavigation(() -> page.keyboard().press("Enter"));
        assertThat(shown.headerValue("refresh")).isEqualTo("30; url=/tra-cuu-ho-so/kiosk");
        assertThat(page.locator(".lookup-national-status")).hasText(RECEIVED_OR_PROCESSING);
        assertThat(page.locator("main")).containsText("Màn hình sẽ trở về ô nhập mã sau 30 giây.");
        assertThat(page.locator("main")).not().containsText(APPLICANT.name());
        double size = (Double) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.lookup-code')).fontSize)");
        assertThat(size).isGreaterThan(20);
        assertAccessible(page);
    }
}
