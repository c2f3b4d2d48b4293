package vn.dvc.portal.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The web shell as a visitor meets it (Foundation acceptance: heading, navigation, languages, axe). */
class HomePageBrowserIT extends BrowserTest {

    static final List<String> NAVIGATION_VI = List.of("Trang chủ", "Thủ tục hành chính", "Nộp hồ sơ trực tuyến",
            "Tra cứu hồ sơ", "Hỏi đáp", "Thống kê", "Tin tức", "Đăng nhập");
    static final List<String> NAVIGATION_EN = List.of("Home", "Administrative procedures", "Apply online",
            "Track an application", "Questions", "Statistics", "News", "Sign in");

    @Test
    void homePageHasHeadingNavigationAndSwitchesToEnglishAndBack() {
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Cổng Dịch vụ công");
        assertThat(page.locator("header")).containsText("Tỉnh Yên Bái");
        Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions()
                .setName("Điều hướng chính"));
        assertThat(navigation.getByRole(AriaRole.LINK)).hasText(NAVIGATION_VI.toArray(String[]::new));
        assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Trang chủ")))
                .hasAttribute("aria-current", "page");
        assertThat(page.locator("footer")).containsText("Trung tâm Phục vụ hành chính công tỉnh Yên Bái");
        assertThat(page.locator(".cards h3")).hasText(new String[] {"Thủ tục hành chính", "Nộp hồ sơ trực tuyến",
                "Tra cứu hồ sơ", "Hỏi đáp", "Thống kê", "Tin tức"});
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Switch to English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Public Service Portal");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK)).hasText(NAVIGATION_EN.toArray(String[]::new));
        assertAccessible(page);

        page.navigate(url("/tin-tuc"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("News");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển sang tiếng Việt")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tin tức");
    }

    @Test
    void keyboardUserReachesTheSkipLinkFirstAndLandsOnTheMainContent() {
        page.navigate(url("/"));
        page.keyboard().press("Tab");
        Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển đến nội dung chính"));
        assertThat(skip).isFocused();
        assertThat(skip).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
    }

    @Test
    void navigationWorksWithoutJavaScriptAndSectionsSayTheyAreNotYetAvailable() {
        Page noScript = openPage(new Browser.NewContextOptions().setLocale("vi-VN").setJavaScriptEnabled(false));
        noScript.navigate(url("/"));
        noScript.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Thống kê")).click();
        assertThat(noScript).hasURL(url("/thong-ke"));
        assertThat(noScript.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thống kê");
        assertThat(noScript.getByRole(AriaRole.STATUS)).containsText("chưa được cung cấp");
        noScript.context().close();

        page.navigate(url("/thong-ke"));
        assertAccessible(page);
    }

    @Test
    void fitsA360PixelScreenWithoutSidewaysScrolling() {
        Page phone = openPage(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(360, 740)
                .setIsMobile(true).setHasTouch(true));
        phone.navigate(url("/"));
        int scrollWidth = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(360);
        assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng nhập"))).isVisible();
        assertAccessible(phone);
        phone.context().close();
    }

    @Test
    void unknownPageShowsTheAccessibleVietnamese404Page() {
        var response = page.navigate(url("/trang-khong-ton-tai"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Không tìm thấy trang");
        assertAccessible(page);
    }
}
