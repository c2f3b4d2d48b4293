package vn.dvc.portal.catalog.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.dvc.portal.platform.BrowserTest;

/**
 * The public catalogue in a browser (#4 items 4 and 5): browse by sector, search with and without diacritics,
 * with a typo and by code, suggestions while typing, the procedure page with every component and the online
 * button, a form download, the English switch, and the agency directory with a merged commune's history.
 */
@TestPropertySource(properties = CatalogFixtures.PROPERTIES)
class CatalogBrowserIT extends BrowserTest {

    @Test
    void visitorBrowsesBySector() {
        page.navigate(url("/thu-tuc-hanh-chinh"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thủ tục hành chính");
        assertThat(page.locator(".procedure-list > li")).hasCount(4);
        assertAccessible(page);

        page.getByLabel("Ngành").selectOption("CA");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();

        assertThat(page.locator(".procedure-list > li")).hasCount(1);
        assertThat(page.locator(".procedure-list")).containsText("Thủ tục đăng ký thường trú");
        assertThat(page.getByLabel("Ngành")).hasValue("CA");
        assertAccessible(page);
    }

    @Test
    void searchIgnoresDiacriticsAndCaseToleratesATypoAndFindsCodes() {
        for (String query : new String[] {"Đăng ký khai sinh", "dang ky khai sinh", "DANG KY KHAI SINH",
                "dang ky khia sinh", "1.001193"}) {
            page.navigate(url("/thu-tuc-hanh-chinh"));
            page.getByLabel("Tìm thủ tục").fill(query);
            page.getByLabel("Tìm thủ tục").press("Enter");
            page.waitForURL("**/thu-tuc-hanh-chinh?q=*");
            assertThat(page.locator(".procedure-list > li").first())
                    .containsText("Thủ tục đăng ký khai sinh");
        }
        page.navigate(url("/thu-tuc-hanh-chinh?q=" + java.net.URLEncoder.encode("xyz không có", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.getByText("Không tìm thấy thủ tục nào phù hợp.")).isVisible();
        assertAccessible(page);
    }

    @Test
    void suggestionsAppearWhileTyping() {
        page.navigate(url("/thu-tuc-hanh-chinh"));
        page.getByLabel("Tìm thủ tục").pressSequentially("ket hon", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator suggestion = page.locator("#search-suggestions a");
        assertThat(suggestion.first()).containsText("Thủ tục đăng ký kết hôn");
        assertAccessible(page);
        suggestion.first().click();
        assertThat(page).hasURL(url("/thu-tuc-hanh-chinh/1.000894"));
    }

    @Test
    void theProcedurePageShowsEveryComponentAndTheOnlineButton() {
        page.navigate(url("/thu-tuc-hanh-chinh/1.001193"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thủ tục đăng ký khai sinh");
        Locator main = page.locator("main");
        assertThat(main).containsText("1.001193");
        assertThat(main).containsText("Tư pháp – Hộ tịch");
        assertThat(main).containsText("Cấp xã");
        assertThat(main).containsText("Toàn trình (mức độ 4 theo cách phân loại cũ)");
        assertThat(main.locator("dl").first()).containsText("15:00");
        for (String heading : new String[] {"Cơ quan thực hiện", "Trình tự thực hiện",
                "Cách thức thực hiện, thời hạn giải quyết, phí và lệ phí", "Thành phần hồ sơ", "Đối tượng thực hiện",
                "Kết quả thực hiện", "Yêu cầu, điều kiện thực hiện", "Căn cứ pháp lý", "Quyết định công bố"}) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setExact(true)))
                    .isVisible();
        }
        assertThat(main).containsText("Cơ quan có thẩm quyền");
        assertThat(main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ủy ban nhân dân cấp xã")).first())
                .hasAttribute("href", "/co-quan/000.01.31.H63");
        assertThat(page.locator("ol.steps li")).hasCount(4);
        Locator postal = page.locator("table.ways tr", new Page.LocatorOptions().setHasText("Dịch vụ bưu chính"));
        assertThat(postal).containsText("3 ngày làm việc");
        assertThat(postal).containsText("25.000 đồng");
        Locator components = page.locator("table.components tbody tr");
        assertThat(components).hasCount(3);
        assertThat(components.nth(2)).containsText("(không bắt buộc)");
        assertThat(components.first().locator("td").nth(1)).hasText("1");
        assertThat(main).containsText("Công dân Việt Nam");
        assertThat(main).containsText("Giấy khai sinh (bản chính)");
        assertThat(main).containsText("60/2014/QH13");
        assertThat(main).containsText("Quyết định số 1872/QĐ-BTP ngày 04/09/2020 của Bộ Tư pháp");
        assertThat(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến")))
                .hasAttribute("href", "/nop-ho-so/1.001193");
        assertThat(page.locator("main a.national-link")).hasCount(0); // the full portal (default): no headless mode
        assertAccessible(page);

        page.navigate(url("/thu-tuc-hanh-chinh/1.000894"));
        assertThat(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến")))
                .hasCount(0);

        page.navigate(url("/thu-tuc-hanh-chinh/1.004222"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                "Trường hợp 2: Đăng ký thường trú tại chỗ ở thuê, mượn, ở nhờ"))).isVisible();
        assertAccessible(page);

        // a time limit of 0 working days is "within the day" (trong ngày), as the national record says it
        page.navigate(url("/thu-tuc-hanh-chinh/2.000815"));
        Locator inPerson = page.locator("table.ways tbody tr").first();
        assertThat(inPerson.locator("td").first().locator("strong")).hasText("Trong ngày");
    }

    @Test
    void aTemplateFormDownloadsWithItsNameAndType() throws Exception {
        page.navigate(url("/thu-tuc-hanh-chinh/1.001193"));
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Tải mẫu: Tờ khai đăng ký khai sinh"));
        Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).isEqualTo("to-khai-dang-ky-khai-sinh.docx");
        byte[] content = Files.readAllBytes(download.path());
        assertThat(new String(content, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        APIResponse response = page.request().get(url(link.getAttribute("href")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.headers().get("content-disposition"))
                .startsWith("attachment").contains("filename*=UTF-8''to-khai-dang-ky-khai-sinh.docx");
        assertThat(response.body()).isEqualTo(content);
        assertThat(page.request().get(url("/thu-tuc-hanh-chinh/mau-don/0123456789abcdef0123456789abcdef")).status())
                .isEqualTo(404);
    }

    @Test
    void theEnglishSwitchKeepsWorking() {
        page.navigate(url("/thu-tuc-hanh-chinh/1.001193"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Steps"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dossier components")))
                .isVisible();
        assertThat(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Submit online")))
                .isVisible();
        assertAccessible(page);
        page.navigate(url("/thu-tuc-hanh-chinh"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Administrative procedures");
        assertThat(page.getByLabel("Find a procedure")).isVisible();
        assertAccessible(page);
    }

    @Test
    void theAgencyDirectoryShowsContactsAndAMergedCommunesHistory() {
        page.navigate(url("/co-quan"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Danh bạ cơ quan");
        assertThat(page.locator("table.agency-directory")).containsText("Sở Tư pháp tỉnh Yên Bái");
        assertThat(page.locator("table.agency-directory")).not().containsText("Nguyễn Phúc");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hiện cả cơ quan đã ngừng hoạt động")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ủy ban nhân dân phường Nguyễn Phúc")).click();
        assertThat(page.locator("main")).containsText("Cơ quan này đã ngừng hoạt động từ sau ngày 30/06/2025.");
        page.locator(".notice").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Ủy ban nhân dân phường Yên Bái")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Ủy ban nhân dân phường Yên Bái");
        assertThat(page.locator("main")).containsText("Kế thừa nhiệm vụ của:");
        assertThat(page.locator("main")).containsText("Thủ tục đăng ký khai sinh");
        assertAccessible(page);

        page.navigate(url("/co-quan/000.00.01.H63"));
        assertThat(page.locator("main")).containsText("Nguyễn Thu Trang");
        assertThat(page.locator("main")).containsText("hoidap.hcc@yenbai.gov.vn");
        assertAccessible(page);
    }
}
