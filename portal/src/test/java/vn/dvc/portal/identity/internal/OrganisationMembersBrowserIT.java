package vn.dvc.portal.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * Several people act for one organisation (#5 item 1): the owner of the organisation's account adds a person
 * with their own account, who then sees the organisation on their account page; an unknown name is refused with
 * a message beside the field; the owner removes the member. Another applicant cannot touch the list.
 */
class OrganisationMembersBrowserIT extends BrowserTest {

    @Autowired
    PortalProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOwnerAddsAndRemovesAPersonActingForTheOrganisation() {
        Page owner = signedIn("demo.business", properties.demoPassword());
        Locator section = owner.locator("#to-chuc");
        assertThat(section.getByRole(AriaRole.HEADING)).hasText("Người làm thủ tục thay mặt tổ chức");
        assertAccessible(owner);

        Locator field = owner.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại của người được thêm");
        field.fill("khong.co.ai");
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm người làm thủ tục")).click();
        assertThat(owner.getByRole(AriaRole.ALERT))
                .containsText("Không tìm thấy tài khoản cá nhân đang hoạt động với thông tin này");
        assertAccessible(owner);

        owner.getByLabel("Tên đăng nhập, thư điện tử hoặc số điện thoại của người được thêm").fill("demo.citizen@example.com");
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm người làm thủ tục")).click();
        assertThat(owner.getByRole(AriaRole.STATUS)).containsText("Đã lưu thay đổi");
        Locator row = owner.locator("table.members tr", new Page.LocatorOptions().setHasText("demo.citizen"));
        assertThat(row).containsText("Nguyễn Thị Hồng Nhung");
        assertThat(row).containsText("Làm thủ tục thay mặt tổ chức");

        Page member = signedIn("demo.citizen", properties.demoPassword());
        assertThat(member.locator("main")).containsText("Công ty TNHH Chè Suối Giàng Yên Bái");
        // a member sees the organisation but not its list of people
        assertThat(member.locator("#to-chuc")).hasCount(0);
        String organisation = jdbc.sql("SELECT organisation_id FROM identity_organisation_member m JOIN identity_account a "
                + "ON a.id = m.account_id WHERE a.username = 'demo.business'").query(String.class).single();
        String citizen = jdbc.sql("SELECT id FROM identity_account WHERE username = 'demo.citizen'").query(String.class).single();
        Object status = member.evaluate("async ([o, a]) => { const token = document.querySelector('input[name=_csrf]').value; "
                + "const r = await fetch('/tai-khoan/to-chuc/' + o + '/thanh-vien/' + a + '/xoa', {method: 'POST', "
                + "headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: '_csrf=' + encodeURIComponent(token), "
                + "redirect: 'manual'}); return r.status; }", java.util.List.of(organisation, citizen));
        assertThat(status).isEqualTo(404);
        member.context().close();

        row.getByRole(AriaRole.BUTTON).click();
        assertThat(owner.locator("table.members")).not().containsText("demo.citizen");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action LIKE 'identity.organisation.member-%'")
                .query(Integer.class).single()).isEqualTo(2);
        owner.context().close();
    }
}
