package vn.dvc.portal.processing.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.dossier.internal.OnlineSubmissionSteps;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * A whole life in a browser (issue #7 acceptance): a citizen submits 2.000635 online, the desk receives it,
 * forwards it from the one-stop step, the ward's specialist appraises, the ward's leader signs with the result,
 * the desk returns it; the citizen sees "Đã trả kết quả" and downloads the result. The outcome the page shows is
 * the one the working-time clock gives for the result instant against the appointment.
 */
class ProcessingBrowserIT extends BrowserTest {

    private static final Map<String, String> OUTCOME = Map.of("EARLY", "Trước hạn", "ON_TIME", "Đúng hạn",
            "LATE", "Quá hạn");

    @Autowired
    PortalProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendars calendars;

    @Test
    void onlineSubmissionToReturnedResultThroughEveryInbox() throws Exception {
        Page citizen = signedIn("demo.citizen", properties.demoPassword());
        String id = OnlineSubmissionSteps.submit(citizen, this::url, "2.000635", false);

        Page desk = signedIn("demo.desk", properties.demoPassword());
        desk.navigate(url("/can-bo/tiep-nhan/ho-so/" + id));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận và cấp giấy hẹn (Mẫu 01)")).click();
        assertThat(desk.locator(".dossier-history")).containsText("Tiếp nhận hồ sơ");

        // the one-stop step: in the desk's inbox, sorted by due, with its remaining time
        openFromInbox(desk, id);
        assertThat(desk.locator(".current-step")).containsText("Bộ phận Một cửa");
        assertAccessible(desk);
        Page stale = desk.context().newPage();
        stale.navigate(desk.url());
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển bước tiếp")).click();
        assertThat(desk.getByRole(AriaRole.STATUS)).containsText("Đã thực hiện");
        assertThat(desk.locator(".current-step")).containsText("Công chức tư pháp - hộ tịch");
        // a second tab still showing the version before: someone else acted, 409 and the page as it is now
        Response conflict = stale.waitForResponse(r -> r.url().endsWith("/chuyen-buoc"), () -> stale.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển bước tiếp")).click());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(stale.locator(".error-summary")).containsText("Hồ sơ vừa được người khác xử lý");
        assertThat(stale.locator(".error-summary a")).hasAttribute("href", "#case-title");
        assertThat(stale.locator(".current-step")).containsText("Công chức tư pháp - hộ tịch");
        desk.context().close();

        Page specialist = signedIn("demo.ward.specialist", properties.demoPassword());
        openFromInbox(specialist, id);
        specialist.getByLabel("Ý kiến, ghi chú").first().fill("Đủ điều kiện cấp bản sao trích lục");
        specialist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển bước tiếp")).click();
        assertThat(specialist.locator(".current-step")).containsText("Lãnh đạo");
        // no longer in the specialist's own inbox
        specialist.navigate(url("/can-bo/xu-ly"));
        assertThat(specialist.locator("a[href$='/can-bo/xu-ly/" + id + "']")).hasCount(0);
        specialist.context().close();

        Page leader = signedIn("demo.ward.leader", properties.demoPassword());
        openFromInbox(leader, id);
        // signing without the result is refused, with the message beside the field
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký duyệt")).click();
        assertThat(leader.locator(".error-summary")).containsText("Hãy đính kèm kết quả giải quyết");
        assertAccessible(leader);
        leader.getByLabel("Kết quả giải quyết (tệp PDF)").setInputFiles(new FilePayload("ban-sao-trich-luc.pdf",
                "application/pdf", ProcessingRuntimeIT.pdf()));
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký duyệt")).click();
        assertThat(leader.locator(".case-status")).containsText("Đã xử lý xong (9)");
        leader.context().close();

        Page back = signedIn("demo.desk", properties.demoPassword());
        openFromInbox(back, id);
        back.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả kết quả")).click();
        assertThat(back.locator(".case-status")).containsText("Đã trả kết quả (10)");
        var row = jdbc.sql("SELECT result_ready_at, due_at, timeliness FROM processing_case WHERE dossier_id = :id")
                .param("id", UUID.fromString(id)).query((rs, n) -> new Object[] {rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2).toInstant(), rs.getString(3)}).single();
        String expected = calendars.province().classify((Instant) row[0], (Instant) row[1]).name();
        assertThat(row[2]).isEqualTo(expected);
        assertThat(back.locator(".case-timeliness")).hasText(OUTCOME.get(expected));
        assertThat(back.locator(".chain-intact")).containsText("chuỗi băm khớp");
        String code = back.locator("h1 .dossier-code").innerText().strip();
        byte[] sheet = back.request().get(url("/can-bo/xu-ly/" + id + "/phieu-kiem-soat")).body();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(sheet)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(code, "Công chức tư pháp", "Ủy ban nhân dân phường Đồng Tâm");
        }
        // the log book (Form 06) of the ward for today lists it
        String today = java.time.LocalDate.now(vn.dvc.portal.calendar.WorkingCalendar.ZONE).toString();
        byte[] book = back.request().get(url("/can-bo/xu-ly/so-theo-doi?co-quan=000.21.40.H63&tu=" + today + "&den="
                + today)).body();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(book))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            boolean listed = false;
            for (var line : workbook.getSheetAt(0)) {
                for (var cell : line) {
                    listed |= formatter.formatCellValue(cell).equals(code);
                }
            }
            assertThat(listed).as("the log book lists %s", code).isTrue();
        }
        String proof = back.request().get(url("/api/v1/processing/" + id + "/history/verification")).text();
        assertThat(proof).contains("\"intact\":true").contains("\"entries\":7");
        assertAccessible(back);
        // the proof is for officers: an applicant is refused
        assertThat(citizen.request().get(url("/api/v1/processing/" + id + "/history/verification")).status())
                .isEqualTo(403);

        citizen.navigate(url("/tai-khoan/ho-so/" + id));
        assertThat(citizen.locator(".dossier-status")).containsText("Đã trả kết quả (10)");
        assertThat(citizen.locator("main")).containsText("Ủy ban nhân dân phường Đồng Tâm");
        Locator result = citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ban-sao-trich-luc.pdf"));
        byte[] downloaded = citizen.request().get(url(result.getAttribute("href").replaceFirst("^https?://[^/]+", ""))).body();
        assertThat(new String(downloaded, 0, 5)).isEqualTo("%PDF-");
        assertAccessible(citizen);
    }

    @Test
    void theApplicantSupplementsOnlineAndAComplaintIsAnsweredByTheResponsibleOfficer() throws Exception {
        Page citizen = signedIn("demo.citizen", properties.demoPassword());
        String id = OnlineSubmissionSteps.submit(citizen, this::url, "2.000635", false);
        Page desk = signedIn("demo.desk", properties.demoPassword());
        desk.navigate(url("/can-bo/tiep-nhan/ho-so/" + id));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận và cấp giấy hẹn (Mẫu 01)")).click();
        openFromInbox(desk, id);
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển bước tiếp")).click();
        desk.context().close();

        Page specialist = signedIn("demo.ward.specialist", properties.demoPassword());
        openFromInbox(specialist, id);
        // a request without items is refused beside the field
        specialist.locator("#yeu-cau-bo-sung-reason").fill("Bản sao giấy tờ tùy thân không rõ nét");
        specialist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yêu cầu bổ sung")).click();
        assertThat(specialist.locator("#yeu-cau-bo-sung-items-error")).containsText("ít nhất một giấy tờ");
        assertThat(specialist.locator("#yeu-cau-bo-sung-items")).hasAttribute("aria-describedby", "yeu-cau-bo-sung-items-error");
        assertThat(specialist.locator(".error-summary a[href='#yeu-cau-bo-sung-items']")).hasCount(1);
        assertAccessible(specialist);
        // what was typed stays in that form (and in no other form of the page)
        assertThat(specialist.locator("#yeu-cau-bo-sung-reason")).hasValue("Bản sao giấy tờ tùy thân không rõ nét");
        assertThat(specialist.locator("#tra-lai-reason")).hasValue("");
        specialist.locator("#yeu-cau-bo-sung-items").fill("Bản chụp Căn cước công dân rõ nét hai mặt");
        specialist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yêu cầu bổ sung")).click();
        assertThat(specialist.locator(".case-status")).containsText("Yêu cầu bổ sung giấy tờ (5)");
        assertThat(specialist.locator("main")).containsText("Tạm dừng chờ bổ sung");

        citizen.navigate(url("/tai-khoan/ho-so/" + id));
        assertThat(citizen.locator(".dossier-status")).containsText("(5)");
        assertThat(citizen.locator("main")).containsText("Phieu-yeu-cau-bo-sung-1");
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bổ sung giấy tờ, rút hồ sơ, góp ý về việc giải quyết")).click();
        assertAccessible(citizen);
        citizen.getByLabel("Giấy tờ đã bổ sung (PDF, JPG, PNG)").setInputFiles(new FilePayload("cccd-hai-mat.pdf",
                "application/pdf", ProcessingRuntimeIT.pdf()));
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi bổ sung")).click();
        assertThat(citizen.getByRole(AriaRole.STATUS)).containsText("Đã thực hiện");
        assertThat(citizen.locator("main")).containsText("Đang xử lý (4)");
        citizen.getByLabel("Ý kiến của bạn về việc giải quyết hồ sơ").fill("Xin cho biết khi nào có kết quả?");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi góp ý")).click();
        assertThat(citizen.locator("ul.comments")).containsText("Đang chờ cơ quan trả lời");

        specialist.navigate(url("/can-bo/xu-ly?hop=gop-y"));
        assertAccessible(specialist);
        specialist.locator("a[href$='/can-bo/xu-ly/" + id + "']").click();
        assertThat(specialist.locator(".case-status")).containsText("Đang xử lý (4)");
        specialist.getByLabel("Trả lời góp ý").fill("Hồ sơ đã đủ, dự kiến trả kết quả trong ngày.");
        specialist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời")).click();
        assertThat(specialist.locator("ul.comments")).containsText("demo.ward.specialist");
        specialist.navigate(url("/can-bo/xu-ly?hop=gop-y"));
        assertThat(specialist.locator("a[href$='/can-bo/xu-ly/" + id + "']")).hasCount(0);

        citizen.navigate(url("/tai-khoan/ho-so/" + id + "/xu-ly"));
        assertThat(citizen.locator("ul.comments")).containsText("dự kiến trả kết quả trong ngày");
        // another applicant does not see it
        Page other = signedIn("demo.business", properties.demoPassword());
        assertThat(other.navigate(url("/tai-khoan/ho-so/" + id + "/xu-ly")).status()).isEqualTo(404);
    }

    /** The inbox lists it once the reception's event has started its processing (a moment after receipt). */
    private void openFromInbox(Page officer, String id) throws InterruptedException {
        Locator link = officer.locator("a[href$='/can-bo/xu-ly/" + id + "']");
        for (int attempt = 0; attempt < 20; attempt++) {
            officer.navigate(url("/can-bo/xu-ly"));
            if (link.count() > 0) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(link).hasCount(1);
        assertAccessible(officer);
        link.click();
        assertThat(officer).hasURL(Pattern.compile(".*/can-bo/xu-ly/" + id + "(\\?.*)?$"));
    }
}
