package vn.dvc.portal.catalog.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * The Centre's catalogue pages in a browser (#4 item 6): an agency created after a field error is shown and
 * then edited; a procedure withdrawn and published again; the change-request list with a late request; an
 * upload of national records followed to its report.
 */
// its own application context: the changes it makes must not reach the public-page tests
@TestPropertySource(properties = {CatalogFixtures.PROPERTIES, "dvc.catalog.test-context=admin"})
class CatalogAdminBrowserIT extends BrowserTest {

    @Autowired
    PortalProperties properties;

    @Autowired
    JsonMapper json;

    @Test
    void centreCreatesAnAgencyAfterAFieldErrorAndEditsIt() {
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/co-quan/moi"));
        assertAccessible(centre);
        centre.getByLabel("Mã định danh").fill("000.51.22.H63");
        centre.getByLabel("Tên đầy đủ").fill("Ủy ban nhân dân xã Văn Phú");
        centre.getByLabel("Tên viết tắt").fill("UBND xã Văn Phú");
        centre.getByLabel("Cấp", new Page.GetByLabelOptions().setExact(true)).selectOption("COMMUNE");
        centre.getByLabel("Cơ quan cấp trên").selectOption("000.00.00.H63");
        centre.getByLabel("Thư điện tử", new Page.GetByLabelOptions().setExact(true)).fill("vanphu-at-yenbai");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        Locator summary = centre.locator(".error-summary");
        assertThat(summary).containsText("Địa chỉ thư điện tử không đúng định dạng");
        assertThat(centre.locator("#email-error")).containsText("Địa chỉ thư điện tử không đúng định dạng");
        assertThat(centre.getByLabel("Tên đầy đủ")).hasValue("Ủy ban nhân dân xã Văn Phú");
        assertAccessible(centre);

        centre.getByLabel("Thư điện tử", new Page.GetByLabelOptions().setExact(true)).fill("vanphu@yenbai.gov.vn");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(centre.getByText("Đã lưu thay đổi.")).isVisible();
        assertThat(centre.locator("table.admin-agencies")).containsText("Ủy ban nhân dân xã Văn Phú");
        assertAccessible(centre);

        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa Ủy ban nhân dân xã Văn Phú")).click();
        centre.getByLabel("Điện thoại", new Page.GetByLabelOptions().setExact(true)).fill("0216 3 888 999");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(centre.getByText("Đã lưu thay đổi.")).isVisible();

        centre.navigate(url("/co-quan/000.51.22.H63"));
        assertThat(centre.locator("main")).containsText("0216 3 888 999");
    }

    @Test
    void centreWithdrawsAndPublishesAProcedure() {
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/thu-tuc-hanh-chinh"));
        assertAccessible(centre);
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bãi bỏ thủ tục 1.000894")).click();
        assertThat(centre.getByText("Đã lưu thay đổi.")).isVisible();
        assertThat(centre.locator("tr[data-code='1.000894']")).containsText("đã bãi bỏ");
        assertThat(centre.request().get(url("/thu-tuc-hanh-chinh/1.000894")).status()).isEqualTo(404);

        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố thủ tục 1.000894")).click();
        assertThat(centre.locator("tr[data-code='1.000894']")).containsText("đang áp dụng");
        page.navigate(url("/thu-tuc-hanh-chinh/1.000894"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thủ tục đăng ký kết hôn");
    }

    @Test
    void theChangeRequestListShowsALateRequest() {
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/yeu-cau-thay-doi"));
        assertAccessible(centre);
        centre.getByLabel("Thông tin cơ quan (hạn 5 ngày làm việc)").check();
        centre.getByLabel("Mã cơ quan hoặc mã thủ tục").fill("000.00.15.H63");
        centre.getByLabel("Nội dung thay đổi").fill("Cập nhật địa chỉ trụ sở");
        centre.getByLabel("Văn bản đề nghị hoặc quyết định công bố (số hiệu)").fill("Công văn số 25/STP-VP");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận")).click();
        assertThat(centre.locator("#cr-basisDate-error")).containsText("Ngày phải có dạng yyyy-MM-dd.");
        assertAccessible(centre);

        centre.getByLabel("Ngày nhận văn bản đề nghị hoặc ngày quyết định công bố").fill("2026-03-02");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận")).click();
        Locator row = centre.locator("table.change-requests tr", new Page.LocatorOptions().setHasText("Cập nhật địa chỉ trụ sở"));
        assertThat(row).containsText("17:00 06/03/2026");
        assertThat(row).containsText("Quá hạn");
        assertThat(centre.locator("p.late")).containsText("yêu cầu đã quá hạn");
        assertAccessible(centre);
    }

    @Test
    void anUploadOfNationalRecordsShowsItsProgressAndReport() {
        ArrayNode records = json.createArrayNode();
        ObjectNode good = CatalogFixtures.procedure(json, "2.000815");
        good.put("MATTHC", "2.888001");
        good.put("TENTTHC", "Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản");
        ObjectNode bad = CatalogFixtures.procedure(json, "2.000815");
        bad.put("MATTHC", "2.888002");
        bad.putArray("LINHVUCTHUCHIEN");
        records.add(good).add(bad);

        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/thu-tuc-hanh-chinh/nhap"));
        assertAccessible(centre);
        centre.getByLabel("Tệp dữ liệu").setInputFiles(new FilePayload("thu-tuc.json", "application/json",
                json.writeValueAsString(records).getBytes(StandardCharsets.UTF_8)));
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập dữ liệu")).click();

        assertThat(centre.locator("#import-progress")).containsText("Đã xong", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(centre.locator("#import-progress")).containsText("Đã xử lý 2/2 bản ghi: 1 thêm mới, 0 thay đổi, 0 không đổi, 1 bị từ chối");
        Locator rejected = centre.locator("table.import-report tr", new Page.LocatorOptions().setHasText("2.888002"));
        assertThat(rejected).containsText("Bị từ chối");
        assertThat(rejected).containsText("LINHVUCTHUCHIEN");
        assertThat(rejected).containsText("Cần ít nhất một mục.");
        assertAccessible(centre);
        page.navigate(url("/thu-tuc-hanh-chinh/2.888001"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản");

        centre.navigate(url("/quan-tri/thu-tuc-hanh-chinh/nhap"));
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập dữ liệu")).click();
        assertThat(centre.locator("#file-error")).containsText("Chọn tệp dữ liệu để tải lên.");
    }

    @Test
    void aDeskOfficerMayNotOpenTheCatalogueAdministration() {
        Page desk = signedIn("demo.desk", properties.demoPassword());
        var response = desk.navigate(url("/quan-tri/thu-tuc-hanh-chinh"));
        assertThat(response.status()).isEqualTo(403);
    }
}
