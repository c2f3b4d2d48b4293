package vn.dvc.portal.processing.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.processing.Processes;

/**
 * The Centre's process pages in a browser (#7 item 1): demo.centre opens the list, the definition of 1.001193
 * as a table of steps, edits an allotment beyond the legal limit and is told so beside the field, fixes it and
 * publishes version 2 while version 1 stays readable; exports the definition and imports the file again; a
 * broken file is refused with its reason. A specialist may not open the edit page.
 */
class ProcessBrowserIT extends BrowserTest {

    static final String COMMUNE = "000.21.40.H63";

    @Autowired
    PortalProperties properties;

    @Autowired
    Processes processes;

    @Test
    void theCentreEditsAboveTheLimitIsToldWhyFixesItAndPublishesVersionTwo() {
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/quy-trinh"));
        assertThat(centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Quy trình nội bộ giải quyết thủ tục hành chính");
        assertThat(centre.locator("table.process-list")).containsText("Chưa có quy trình");
        assertAccessible(centre);

        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1.001193 — Thủ tục đăng ký khai sinh")
                .setExact(true)).click();
        assertAccessible(centre);
        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quy trình đăng ký khai sinh tại UBND cấp xã"))
                .click();
        Locator steps = centre.locator("table.process-steps");
        assertThat(steps.locator("tbody tr")).hasCount(4);
        assertThat(steps.locator("tbody tr").nth(1)).containsText("2 giờ làm việc");
        assertThat(steps.locator("tfoot")).hasText("Tổng thời gian: 4 giờ làm việc");
        assertThat(centre.locator("ol.process-sequence li")).hasCount(4);
        assertAccessible(centre);

        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa quy trình")).click();
        assertAccessible(centre);
        Locator appraisal = centre.getByLabel("Thời gian bước 2", new Page.GetByLabelOptions().setExact(true));
        assertThat(appraisal).hasValue("2");
        appraisal.fill("8");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố phiên bản mới")).click();

        Locator summary = centre.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Quy trình chưa được công bố");
        assertThat(summary.getByRole(AriaRole.LINK)).hasAttribute("href", "#step-1-allotment");
        assertThat(centre.locator("#step-1-allotment-error")).containsText(
                "Bước 2: tổng thời gian các bước là 10 giờ làm việc, vượt thời hạn giải quyết 0 ngày làm việc "
                        + "(tối đa 8 giờ làm việc)");
        assertThat(appraisal).hasValue("8");
        assertThat(appraisal).hasAttribute("aria-invalid", "true");
        assertAccessible(centre);

        appraisal.fill("3");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố phiên bản mới")).click();
        assertThat(centre.getByRole(AriaRole.STATUS)).hasText("Đã công bố phiên bản 2 của quy trình.");
        assertThat(centre.locator("table.process-steps tfoot")).hasText("Tổng thời gian: 5 giờ làm việc");
        assertThat(centre.locator("ul.process-versions li")).hasCount(2);

        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phiên bản 1").setExact(true)).click();
        assertThat(centre.locator("table.process-steps tbody tr").nth(1)).containsText("2 giờ làm việc");
        assertThat(centre.locator("p.notice")).containsText("phiên bản cũ 1");
        centre.context().close();
    }

    @Test
    void stepsAreAddedAndRemovedWithoutSavingAndAFileRoundTrips() throws Exception {
        Page centre = signedIn("demo.centre", properties.demoPassword());
        UUID id = processes.definitionFor("1.000894", 1, COMMUNE, "TH1").orElseThrow().id();
        centre.navigate(url("/quan-tri/quy-trinh/" + id + "/sua"));
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm bước")).click();
        assertThat(centre.locator("fieldset.process-step")).hasCount(5);
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xóa bước 5")).click();
        assertThat(centre.locator("fieldset.process-step")).hasCount(4);
        assertThat(processes.current(id).orElseThrow().version()).as("nothing stored").isEqualTo(1);

        // a procedure without a process: the Centre creates one from a blank step
        centre.navigate(url("/quan-tri/quy-trinh/thu-tuc/1.003583"));
        assertThat(centre.locator("main")).containsText("Thủ tục này chưa có quy trình nội bộ.");
        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tạo quy trình mới")).click();
        centre.getByLabel("Nội dung bước 1").fill("Công chức tư pháp - hộ tịch tiếp nhận, đăng ký lưu động");
        centre.getByLabel("Thời gian bước 1", new Page.GetByLabelOptions().setExact(true)).fill("2,5");
        centre.getByLabel("Đơn vị thời gian bước 1").selectOption("WORKING_DAYS");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm bước")).click();
        centre.getByLabel("Nội dung bước 2").fill("Trả Giấy khai sinh tại nơi đăng ký lưu động");
        centre.getByLabel("Vai trò bước 2").selectOption("DESK");
        centre.getByLabel("Thời gian bước 2", new Page.GetByLabelOptions().setExact(true)).fill("4");
        Locator second = centre.locator("fieldset.process-step").nth(1);
        second.getByLabel("Chuyển bước tiếp").uncheck();
        second.getByLabel("Trả kết quả").check();
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố phiên bản mới")).click();
        assertThat(centre.getByRole(AriaRole.STATUS)).hasText("Đã công bố phiên bản 1 của quy trình.");
        assertThat(centre.locator("table.process-steps tfoot")).hasText("Tổng thời gian: 24 giờ làm việc");
        assertThat(processes.definitionFor("1.003583", 1, COMMUNE, "TH1")).isPresent();

        // in English and on a 360 px screen
        centre.navigate(url("/quan-tri/quy-trinh/" + id + "?lang=en"));
        assertThat(centre.locator("main")).containsText("Processing steps");
        assertThat(centre.locator("main")).not().containsText("??");
        centre.setViewportSize(360, 800);
        centre.navigate(url("/quan-tri/quy-trinh/" + id + "/sua"));
        assertThat((Integer) centre.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
        centre.setViewportSize(1280, 900);
        centre.navigate(url("/quan-tri/quy-trinh/" + id + "?lang=vi"));
        Download download = centre.waitForDownload(() -> centre.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Tải tệp quy trình (JSON)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("quy-trinh-1.000894-v1.json");
        Path file = download.path();
        String exported = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(exported).contains("\"procedureCode\"").contains("1.000894");

        centre.navigate(url("/quan-tri/quy-trinh"));
        centre.getByLabel("Tệp quy trình (.json)").setInputFiles(file);
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập tệp")).click();
        assertThat(centre.getByRole(AriaRole.STATUS)).hasText("Đã nhập tệp: 0 quy trình được công bố phiên bản mới.");
        assertThat(processes.current(id).orElseThrow().version()).isEqualTo(1);

        centre.getByLabel("Tệp quy trình (.json)").setInputFiles(new FilePayload("hong.json", "application/json",
                exported.replace("\"LEADER\"", "\"BOSS\"").getBytes(StandardCharsets.UTF_8)));
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập tệp")).click();
        assertThat(centre.getByRole(AriaRole.ALERT)).containsText("Tệp chưa được nhập");
        assertThat(centre.getByRole(AriaRole.ALERT)).containsText("definitions[0].steps[2].role");
        assertThat(centre.getByRole(AriaRole.ALERT)).containsText("Vai trò không hợp lệ: “BOSS”");
        assertAccessible(centre);
        centre.context().close();
    }

    @Test
    void aSpecialistMayNotOpenTheEditPage() {
        UUID id = processes.definitionFor("1.001193", 1, COMMUNE, "TH1").orElseThrow().id();
        Page specialist = signedIn("demo.specialist", properties.demoPassword());
        assertThat(specialist.navigate(url("/quan-tri/quy-trinh/" + id + "/sua")).status()).isEqualTo(403);
        assertThat(specialist.navigate(url("/quan-tri/quy-trinh")).status()).isEqualTo(403);
        specialist.context().close();
    }
}
