package vn.dvc.portal.dossier.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * Dossier intake in a browser on the real demo catalogue (#6): a citizen submits 2.000635 online with its two
 * required components, the second time reusing a document from the personal data store, and follows the
 * status; once received the applicant downloads Form 01; the desk receives a walk-in dossier and prints Form
 * 01; a refusal and a request to supplement before receipt print Forms 03 and 02.
 */
class DossierBrowserIT extends BrowserTest {

    static final String PROCEDURE = "2.000635";
    /** Received (2), and a moment later in processing (4): the receipt's event starts the dossier's process. */
    static final Pattern RECEIVED = Pattern.compile("Được tiếp nhận \\(2\\)|Đang xử lý \\(4\\)");
    static final String TODAY = LocalDate.now(WorkingCalendar.ZONE).format(DateTimeFormatter.ofPattern("yyMMdd"));

    @Autowired
    PortalProperties properties;

    @Autowired
    Reception reception;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenSubmitsOnlineReusingAStoredDocumentAndGetsForm01OnceReceived() throws Exception {
        Page citizen = signedIn("demo.citizen", properties.demoPassword());
        citizen.navigate(url("/nop-ho-so"));
        // the default (DVC_CITIZEN_PORTAL=full): the portal's own submission, no sending to the National Portal
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Nộp hồ sơ trực tuyến");
        assertThat(citizen.locator("main a.national-link")).hasCount(0);
        assertAccessible(citizen);

        String first = submitOnline(citizen, false);
        assertThat(citizen.locator(".dossier-status")).containsText("Mới đăng ký (1)");
        assertThat(citizen.locator(".dossier-code")).containsText("Chưa cấp");

        String second = submitOnline(citizen, true);
        assertThat(citizen.locator(".dossier-status")).containsText("Mới đăng ký (1)");
        assertThat(citizen.locator("main")).containsText("(dùng lại từ kho dữ liệu cá nhân)");
        assertAccessible(citizen);

        citizen.navigate(url("/tai-khoan/kho-du-lieu"));
        Locator stored = citizen.locator("table.dossier-list tr").filter(new Locator.FilterOptions().setHasText("Hộ chiếu"));
        assertThat(stored.first()).containsText("1"); // reused once
        assertAccessible(citizen);

        // the Centre's one-stop desk (its scope is the province) finds it in its queue, receives it, prints Form 01
        Page desk = signedIn("demo.desk", properties.demoPassword());
        desk.navigate(url("/can-bo/tiep-nhan"));
        Locator queued = desk.locator("a[href$='/can-bo/tiep-nhan/ho-so/" + second + "']");
        assertThat(queued).hasCount(1);
        assertAccessible(desk);
        queued.click();
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận và cấp giấy hẹn (Mẫu 01)")).click();
        assertThat(desk.locator("main")).containsText(RECEIVED);
        String deskCode = desk.locator(".dossier-code").innerText().strip();
        String deskSlip = pdfText(desk, desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("In giấy tiếp nhận và hẹn trả kết quả (Mẫu 01)")).getAttribute("href"));
        assertThat(deskSlip).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + deskCode,
                "Nguyễn Thị Hồng Nhung");
        desk.navigate(url("/can-bo/tiep-nhan"));
        assertThat(desk.locator("a[href$='/can-bo/tiep-nhan/ho-so/" + second + "']")).hasCount(0);
        assertThat(desk.locator("a[href$='/can-bo/tiep-nhan/ho-so/" + first + "']")).hasCount(1);
        desk.context().close();

        citizen.navigate(url("/tai-khoan/ho-so/" + second));
        assertThat(citizen.locator(".dossier-status")).containsText(RECEIVED);
        String code = citizen.locator(".dossier-code").innerText().strip();
        assertThat(code).matches("000\\.21\\.40\\.H63-" + TODAY + "-\\d{4}");
        String pdf = pdfText(citizen, "/tai-khoan/ho-so/" + second + "/phieu");
        assertThat(pdf).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Nguyễn Thị Hồng Nhung");

        citizen.navigate(url("/tai-khoan/ho-so"));
        assertThat(citizen.locator("table.dossier-list")).containsText(code);
        assertAccessible(citizen);
        // another person's dossier is not found
        Page other = signedIn("demo.business", properties.demoPassword());
        assertThat(other.navigate(url("/tai-khoan/ho-so/" + first)).status()).isEqualTo(404);
    }

    @Test
    void theDeskReceivesAWalkInAndPrintsForm01() throws Exception {
        Page desk = signedIn("demo.desk", properties.demoPassword());
        desk.navigate(url("/can-bo/tiep-nhan"));
        assertAccessible(desk);
        startIntake(desk);
        assertAccessible(desk);
        fillApplicant(desk);
        for (String component : new String[]{"TP1", "TP2", "TP6"}) {
            desk.locator("#provided-" + component).check();
        }
        desk.locator("#file-TP1").setInputFiles(new FilePayload("to-khai.pdf", "application/pdf", DossierFixtures.pdf(5_000)));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận và cấp giấy hẹn (Mẫu 01)")).click();

        assertThat(desk.locator("main")).containsText(RECEIVED);
        String code = desk.locator(".dossier-code").innerText().strip();
        // received by the Centre's one-stop desk: the Centre's code prefixes the dossier code
        assertThat(code).matches("000\\.00\\.01\\.H63-" + TODAY + "-\\d{4}");
        assertThat(desk.locator("main")).containsText("to-khai.pdf");
        assertAccessible(desk);
        String slip = desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("In giấy tiếp nhận và hẹn trả kết quả (Mẫu 01)")).getAttribute("href");
        String pdf = pdfText(desk, slip);
        assertThat(pdf).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + code, "Lê Văn Tùng",
                "Trung tâm Phục vụ hành chính công tỉnh Yên Bái");
    }

    @Test
    void aRefusalAndARequestToSupplementPrintForms03And02() throws Exception {
        Page desk = signedIn("demo.desk", properties.demoPassword());
        startIntake(desk);
        fillApplicant(desk);
        desk.getByLabel("Lý do", new Page.GetByLabelOptions().setExact(true))
                .fill("Hồ sơ thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã nơi cư trú");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Từ chối tiếp nhận (Mẫu 03)")).click();
        assertThat(desk.locator("main")).containsText("Không được tiếp nhận (3)");
        String refusal = pdfText(desk, desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("In phiếu từ chối tiếp nhận (Mẫu 03)")).getAttribute("href"));
        assertThat(refusal).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Ủy ban nhân dân cấp xã nơi cư trú");

        startIntake(desk);
        fillApplicant(desk);
        desk.locator("#provided-TP1").check();
        // the desk forgets the reason first: told so beside the field, nothing is recorded
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yêu cầu bổ sung, hoàn thiện (Mẫu 02)")).click();
        assertThat(desk.locator(".error-summary")).containsText("Nhập lý do");
        assertAccessible(desk);
        desk.getByLabel("Lý do", new Page.GetByLabelOptions().setExact(true)).fill("Thiếu giấy chứng sinh bản chính");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yêu cầu bổ sung, hoàn thiện (Mẫu 02)")).click();
        assertThat(desk.locator("main")).containsText("Yêu cầu bổ sung trước khi tiếp nhận (5)");
        String supplement = pdfText(desk, desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("In phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)")).getAttribute("href"));
        assertThat(supplement).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Giấy chứng sinh",
                "Thiếu giấy chứng sinh bản chính");
    }

    /** The wizard from the section page to the dossier's page (checked for accessibility); returns its id. */
    private String submitOnline(Page citizen, boolean reuse) {
        return OnlineSubmissionSteps.submit(citizen, this::url, PROCEDURE, reuse, BrowserTest::assertAccessible);
    }

    private void startIntake(Page desk) {
        desk.navigate(url("/can-bo/tiep-nhan"));
        desk.getByLabel("Mã thủ tục hành chính").fill("1.001193");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu tiếp nhận")).click();
        assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tiếp nhận hồ sơ");
    }

    private static void fillApplicant(Page desk) {
        desk.locator("#applicantIdNumber").fill("015088001122");
        desk.locator("#applicantName").fill("Lê Văn Tùng");
        desk.locator("#applicantAddress").fill("Tổ 12, phường Yên Ninh, thành phố Yên Bái");
        desk.locator("#applicantPhone").fill("0912 345 678");
    }

    private String pdfText(Page page, String path) throws Exception {
        byte[] body = page.request().get(url(path)).body();
        try (PDDocument document = Loader.loadPDF(body)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
