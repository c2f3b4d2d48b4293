package vn.dvc.portal.dossier.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * Headless mode in a browser (#15 item 6; INT-1, LOOK-1, LOOK-3): with {@code DVC_CITIZEN_PORTAL=national} every
 * citizen submission entry point — the procedure page's button, the navigation's submission page, the wizard's
 * addresses typed in, a draft begun before the switch, the submission API — sends people to the National Public
 * Service Portal, while the one-stop desk receives a walk-in dossier, processing moves it on, and the public look-up
 * by code and by the QR code printed on Form 01 show its status. Its own application context (the mode is a start-up
 * setting).
 */
@TestPropertySource(properties = "dvc.citizen-portal.mode=national")
class HeadlessModeBrowserIT extends BrowserTest {

    /** 2.000635, offered online (toàn trình) in the demo catalogue. */
    static final String ONLINE = "2.000635";
    static final String NATIONAL = "https://dichvucong.gov.vn";
    static final String NATIONAL_PROCEDURE = NATIONAL + "/p/home/dvc-danh-sach-dich-vu-cong.html?ma_tt=" + ONLINE;
    static final String TITLE = "Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia";
    static final Pattern RECEIVED_OR_PROCESSING = Pattern.compile("Được tiếp nhận \\(2\\)|Đang xử lý \\(4\\)");

    @Autowired
    PortalProperties properties;

    @Autowired
    Procedures procedures;

    @Autowired
    DraftStore drafts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void submissionPagesPointToTheNationalPortal() {
        // the procedure page links the procedure on the National Portal instead of our submit button
        page.navigate(url("/thu-tuc-hanh-chinh/" + ONLINE));
        Locator main = page.locator("main");
        assertThat(main.locator("a.submit-online")).hasCount(0);
        assertThat(main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến")
                .setExact(true))).hasCount(0);
        Locator national = main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Nộp hồ sơ thủ tục này trên Cổng Dịch vụ công quốc gia"));
        assertThat(national).hasAttribute("href", NATIONAL_PROCEDURE);
        assertThat(national).hasAttribute("hreflang", "vi");
        assertThat(main).containsText("tìm theo mã thủ tục " + ONLINE);
        assertAccessible(page);

        // the navigation's submission entry explains and links the National Portal
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến")).click();
        assertThat(page).hasURL(url("/nop-ho-so"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
        assertThat(page.locator("main a.national-link")).hasAttribute("href", NATIONAL);
        assertThat(page.locator("main")).containsText("VNeID");
        assertThat(page.locator("main a[href='/tra-cuu-ho-so']")).hasCount(1);
        assertAccessible(page);

        // the wizard's address typed in, without signing in: the page of the procedure on the National Portal
        Response typed = page.navigate(url("/nop-ho-so/" + ONLINE));
        assertThat(typed.status()).isEqualTo(200);
        assertThat(page).hasURL(url("/nop-ho-so/" + ONLINE));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
        assertThat(page.locator("main .procedure-code")).hasText(ONLINE);
        assertThat(page.locator("main a.national-link")).hasAttribute("href", NATIONAL_PROCEDURE);
        assertAccessible(page);
        // the section's old "find by code" form address leads there too
        page.navigate(url("/nop-ho-so?thu-tuc=" + ONLINE));
        assertThat(page).hasURL(url("/nop-ho-so/" + ONLINE));
        assertThat(page.locator("main a.national-link")).hasAttribute("href", NATIONAL_PROCEDURE);

        // in English too
        page.navigate(url("/nop-ho-so/" + ONLINE + "?lang=en"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Apply online on the National Public Service Portal");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Apply for this procedure on the National Public Service Portal (in Vietnamese)")))
                .hasAttribute("href", NATIONAL_PROCEDURE);
        assertAccessible(page);
        page.navigate(url("/?lang=vi"));
        // the home page's card says so
        assertThat(page.locator(".cards")).containsText("Tỉnh tiếp nhận hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia");
    }

    @Test
    void aDraftBegunBeforeTheSwitchIsKeptButFiledOnTheNationalPortalAndTheApiSaysSo() {
        UUID draft = draftOfDemoCitizen();
        Page citizen = signedIn("demo.citizen", properties.demoPassword());

        // "Hồ sơ của tôi" stays: the draft is listed with why it cannot be submitted here
        citizen.navigate(url("/tai-khoan/ho-so"));
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hồ sơ của tôi");
        assertThat(citizen.locator("main")).containsText("không nộp được tại đây");
        assertThat(citizen.locator("main a.national-link")).hasAttribute("href", NATIONAL);
        assertThat(citizen.locator("main a[href='/nop-ho-so']")).hasCount(0);
        assertAccessible(citizen);
        citizen.locator("main a[href='/tai-khoan/ho-so/nhap/" + draft + "']").click();
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
        assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("vẫn được lưu");
        assertThat(citizen.locator("main a.national-link")).hasAttribute("href", NATIONAL_PROCEDURE);
        assertAccessible(citizen);
        // each step of the wizard typed in lands there as well
        citizen.navigate(url("/tai-khoan/ho-so/nhap/" + draft + "?buoc=xem-lai"));
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);

        // a form post of the wizard (a page left open across the switch): 409 and the same page, nothing stored
        String csrf = xsrf(citizen);
        APIResponse posted = citizen.request().post(url("/tai-khoan/ho-so/nhap/" + draft + "/nop"),
                RequestOptions.create().setHeader("X-XSRF-TOKEN", csrf).setForm(com.microsoft.playwright.options
                        .FormData.create().set("token", tokenOf(draft))));
        assertThat(posted.status()).isEqualTo(409);
        assertThat(posted.text()).contains(TITLE, NATIONAL_PROCEDURE.replace("&", "&amp;"));
        APIResponse start = citizen.request().post(url("/nop-ho-so/" + ONLINE), RequestOptions.create()
                .setHeader("X-XSRF-TOKEN", csrf).setForm(com.microsoft.playwright.options.FormData.create()
                        .set("caseCode", "TH1")));
        assertThat(start.status()).isEqualTo(409);
        assertThat(submittedDossierOf(draft)).isNull();

        // the API: 409 problem JSON with the stable code and where to file
        APIResponse newDraft = citizen.request().post(url("/api/v1/my/drafts"), RequestOptions.create()
                .setHeader("X-XSRF-TOKEN", csrf).setHeader("Content-Type", "application/json")
                .setData(Map.of("procedureCode", ONLINE, "caseCode", "TH1")));
        assertThat(newDraft.status()).isEqualTo(409);
        assertThat(newDraft.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(newDraft.text()).contains("\"code\":\"SUBMISSION_AT_NATIONAL_PORTAL\"",
                "\"type\":\"urn:dvc:problem:submission-at-national-portal\"",
                "\"nationalPortalUrl\":\"" + NATIONAL_PROCEDURE + "\"", "\"procedureCode\":\"" + ONLINE + "\"");
        // even without a body: the mode is the answer
        APIResponse empty = citizen.request().post(url("/api/v1/my/drafts"), RequestOptions.create()
                .setHeader("X-XSRF-TOKEN", csrf).setHeader("Content-Type", "application/json").setData(Map.of()));
        assertThat(empty.status()).isEqualTo(409);
        assertThat(empty.text()).contains("\"nationalPortalUrl\":\"" + NATIONAL + "\"");
        APIResponse submit = citizen.request().post(url("/api/v1/my/drafts/" + draft + "/submission"),
                RequestOptions.create().setHeader("X-XSRF-TOKEN", csrf).setHeader("Idempotency-Key", tokenOf(draft)));
        assertThat(submit.status()).isEqualTo(409);
        assertThat(submit.text()).contains("SUBMISSION_AT_NATIONAL_PORTAL", NATIONAL_PROCEDURE);
        APIResponse form = citizen.request().put(url("/api/v1/my/drafts/" + draft + "/form"), RequestOptions.create()
                .setHeader("X-XSRF-TOKEN", csrf).setHeader("Content-Type", "application/json")
                .setData(Map.of("values", Map.of())));
        assertThat(form.status()).isEqualTo(409);
        // reading one's own draft and dossiers still works
        assertThat(citizen.request().get(url("/api/v1/my/drafts/" + draft)).status()).isEqualTo(200);
        assertThat(citizen.request().get(url("/api/v1/my/dossiers")).status()).isEqualTo(200);
        assertThat(submittedDossierOf(draft)).isNull();
        citizen.context().close();
    }

    @Test
    void theDeskProcessingAndTheLookUpByCodeAndQrStillWork() throws Exception {
        // the one-stop desk receives a walk-in dossier, by clicks from its page
        Page desk = signedIn("demo.desk", properties.demoPassword());
        desk.navigate(url("/can-bo/tiep-nhan"));
        assertAccessible(desk);
        desk.getByLabel("Mã thủ tục hành chính").fill("1.001193");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu tiếp nhận")).click();
        assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tiếp nhận hồ sơ");
        desk.locator("#applicantIdNumber").fill("015088002233");
        desk.locator("#applicantName").fill("Hà Thị Lan");
        desk.locator("#applicantAddress").fill("Tổ 5, phường Đồng Tâm, thành phố Yên Bái");
        desk.locator("#applicantPhone").fill("0912 765 432");
        for (String component : new String[] {"TP1", "TP2", "TP6"}) {
            desk.locator("#provided-" + component).check();
        }
        desk.locator("#file-TP1").setInputFiles(new FilePayload("to-khai.pdf", "application/pdf",
                DossierFixtures.pdf(5_000)));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận và cấp giấy hẹn (Mẫu 01)")).click();
        assertThat(desk.locator("main")).containsText(RECEIVED_OR_PROCESSING);
        assertThat(desk).hasURL(Pattern.compile(".*/can-bo/tiep-nhan/ho-so/[0-9a-f-]{36}$"));
        String id = desk.url().replaceAll(".*/", "");
        String code = desk.locator(".dossier-code").innerText().strip();
        assertAccessible(desk);
        String slip = desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("In giấy tiếp nhận và hẹn trả kết quả (Mẫu 01)")).getAttribute("href");
        String qr = qrOfForm01(desk.request().get(url(slip)).body());
        // the QR code is built on DVC_PUBLIC_URL (the shared test configuration's https://dichvucong.yenbai.gov.vn)
        assertThat(qr).isEqualTo(properties.link("/tra-cuu-ho-so?ma=") + code);

        // processing: from the desk's inbox, the one-stop step forwards it to the ward's civil-status officer
        Locator inInbox = desk.locator("a[href$='/can-bo/xu-ly/" + id + "']");
        for (int attempt = 0; attempt < 20 && inInbox.count() == 0; attempt++) {
            desk.navigate(url("/can-bo/xu-ly"));
            if (inInbox.count() == 0) {
                Thread.sleep(250);
            }
        }
        assertThat(inInbox).hasCount(1);
        assertAccessible(desk);
        inInbox.click();
        assertThat(desk.locator(".current-step")).containsText("Bộ phận Một cửa");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển bước tiếp")).click();
        assertThat(desk.getByRole(AriaRole.STATUS)).containsText("Đã thực hiện");
        assertThat(desk.locator(".current-step")).containsText("Công chức tư pháp - hộ tịch");
        assertAccessible(desk);
        desk.context().close();

        // the public look-up by code, from the navigation
        page.navigate(url("/"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tra cứu hồ sơ")).click();
        page.getByLabel("Mã hồ sơ").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
        assertThat(page.locator(".lookup-code")).hasText(code);
        assertThat(page.locator(".lookup-national-status")).hasText("Đang xử lý (4)");
        assertThat(page.locator("main")).not().containsText("Hà Thị Lan");
        assertAccessible(page);

        // the QR code printed on Form 01 opens the same status on a phone
        URI scanned = URI.create(qr);
        Page phone = openPage(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(360, 740));
        phone.navigate(url(scanned.getRawPath() + "?" + scanned.getRawQuery()));
        assertThat(phone.locator(".lookup-code")).hasText(code);
        assertThat(phone.locator(".lookup-national-status")).hasText("Đang xử lý (4)");
        assertAccessible(phone);
        phone.context().close();

        // the public status API, the kiosk and the questions stay
        assertThat(page.request().get(url("/api/v1/dossiers/" + code + "/status")).status()).isEqualTo(200);
        for (String path : List.of("/tra-cuu-ho-so/kiosk", "/hoi-dap", "/thu-tuc-hanh-chinh")) {
            page.navigate(url(path));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).not().hasText(TITLE);
            assertThat(page.locator("main a.national-link")).hasCount(0);
        }
    }

    /** A draft of demo.citizen for {@value #ONLINE}, as if begun before the province switched to headless mode. */
    private UUID draftOfDemoCitizen() {
        Procedure procedure = procedures.findPublished(ONLINE).orElseThrow();
        Procedure.ProcedureCase online = procedure.cases().stream()
                .filter(c -> c.way(Procedure.Channel.ONLINE).isPresent()).findFirst().orElseThrow();
        UUID account = jdbc.sql("SELECT id FROM identity_account WHERE username = 'demo.citizen'").query(UUID.class)
                .single();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        drafts.insert(new Draft(id, account, procedure.code(), procedure.version(), online.code(),
                Map.of("applicant.name", "Nguyễn Thị Hồng Nhung"), null, UUID.randomUUID().toString(), now, now, null,
                List.of()));
        return id;
    }

    private String tokenOf(UUID draft) {
        return jdbc.sql("SELECT submission_token FROM dossier_draft WHERE id = :id").param("id", draft)
                .query(String.class).single();
    }

    private UUID submittedDossierOf(UUID draft) {
        return jdbc.sql("SELECT submitted_dossier FROM dossier_draft WHERE id = :id").param("id", draft)
                .query(UUID.class).optional().orElse(null);
    }

    /** The CSRF token the page's forms carry (the {@code XSRF-TOKEN} cookie), for requests made beside the page. */
    private static String xsrf(Page on) {
        return on.context().cookies().stream().filter(c -> c.name.equals("XSRF-TOKEN")).findFirst().orElseThrow()
                .value;
    }

    /** The QR code of Form 01 (on whichever page the slip's codes landed). */
    private static String qrOfForm01(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int index = 0; index < document.getNumberOfPages(); index++) {
                BufferedImage image = renderer.renderImageWithDPI(index, 200, ImageType.GRAY);
                try {
                    return ReceiptSlipTest.decode(image, BarcodeFormat.QR_CODE);
                } catch (com.google.zxing.NotFoundException notOnThisPage) {
                    // the next page
                }
            }
        }
        throw new AssertionError("Form 01 carries no QR code");
    }
}
