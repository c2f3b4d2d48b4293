package vn.dvc.portal.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/** The administrator's officer pages in a real browser: create an officer, see it listed; accessible. */
class OfficerAdministrationBrowserIT extends BrowserTest {

    @Autowired
    PortalProperties properties;

    @Test
    void anAdministratorCreatesAnOfficerAndSeesItListed() {
        Page admin = signedIn("demo.admin", properties.demoPassword());
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản lý tài khoản cán bộ")).click();
        admin.waitForURL(url("/quan-tri/can-bo"));
        assertThat(admin.locator("main table")).containsText("demo.desk");
        assertAccessible(admin);

        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tạo tài khoản cán bộ")).click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();
        assertThat(admin.locator(".error-summary")).containsText("Nhập họ và tên");
        assertThat(admin.locator(".error-summary")).containsText("Chọn ít nhất một vai trò");
        assertAccessible(admin);

        admin.getByLabel("Họ và tên").fill("Hoàng Thị Lan");
        admin.getByLabel("Tên đăng nhập", new Page.GetByLabelOptions().setExact(true)).fill("hoang.thi.lan");
        admin.locator("#email").fill("hoang.thi.lan@example.com");
        admin.getByLabel("Cơ quan", new Page.GetByLabelOptions().setExact(true)).selectOption("000.00.01.H63");
        admin.getByLabel("Đơn vị (không bắt buộc)").fill("Bộ phận Một cửa");
        admin.getByLabel("Chuyên viên xử lý").check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();
        admin.waitForURL(url("/quan-tri/can-bo?da-tao"));
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Đã tạo tài khoản cán bộ");
        assertThat(admin.locator("main table")).containsText("hoang.thi.lan");
        assertThat(admin.locator("main table")).containsText("Chuyên viên xử lý");
        assertAccessible(admin);

        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hoàng Thị Lan").setExact(true)).click();
        assertThat(admin.locator("h1")).hasText("Hoàng Thị Lan");
        assertAccessible(admin);

        // editing the details: a missing name is named beside the field, nothing is changed
        admin.getByLabel("Họ và tên").fill("");
        admin.getByLabel("Đơn vị (không bắt buộc)").fill("Phòng Kiểm soát thủ tục hành chính");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thông tin")).click();
        assertThat(admin.getByRole(AriaRole.ALERT)).containsText("Nhập họ và tên");
        assertThat(admin.locator("dl.facts")).containsText("Bộ phận Một cửa");
        assertAccessible(admin);
        admin.getByLabel("Họ và tên").fill("Hoàng Thị Lan");
        admin.getByLabel("Cơ quan", new Page.GetByLabelOptions().setExact(true)).selectOption("000.00.15.H63");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thông tin")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Đã lưu thay đổi");
        assertThat(admin.locator("dl.facts")).containsText("Phòng Kiểm soát thủ tục hành chính");
        assertThat(admin.locator("dl.facts")).containsText("000.00.15.H63");
        admin.context().close();
    }
}
