package vn.dvc.portal.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * A leader delegates from a page (#5 item 4): lets a deputy of the same agency act for a period, is told what is
 * missing, sees the delegation in force, and revokes it; every step audited. Other officers cannot reach it.
 */
class DelegationBrowserIT extends BrowserTest {

    @Autowired
    PortalProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aLeaderDelegatesToADeputyAndRevokes() {
        Page leader = signedIn("demo.leader", properties.demoPassword());
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ủy quyền xử lý")).click();
        leader.waitForURL(url("/can-bo/uy-quyen"));
        assertThat(leader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ủy quyền xử lý");
        assertAccessible(leader);

        LocalDate today = LocalDate.now(clock);
        leader.getByLabel("Người được ủy quyền").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Đinh Văn Hùng (demo.specialist)"));
        leader.getByLabel("Từ ngày").fill(today.toString());
        leader.getByLabel("Đến hết ngày").fill(today.plusDays(7).toString());
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ủy quyền").setExact(true)).click();
        assertThat(leader.getByRole(AriaRole.ALERT)).containsText("Nhập lý do ủy quyền");
        assertThat(leader.getByLabel("Từ ngày")).hasValue(today.toString());
        assertAccessible(leader);

        leader.getByLabel("Lý do ủy quyền").fill("Đi công tác tại Bộ Tư pháp");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ủy quyền").setExact(true)).click();
        assertThat(leader.getByRole(AriaRole.STATUS)).containsText("Đã lưu thay đổi");
        Locator row = leader.locator("table.delegations tr", new Page.LocatorOptions().setHasText("Đi công tác tại Bộ Tư pháp"));
        assertThat(row).containsText("Đinh Văn Hùng");
        assertThat(row).containsText("Đang có hiệu lực");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thu hồi")).click();
        assertThat(leader.locator("table.delegations tr", new Page.LocatorOptions().setHasText("Đi công tác tại Bộ Tư pháp")))
                .containsText("Đã thu hồi");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action IN ('identity.delegation.granted', "
                + "'identity.delegation.revoked')").query(Integer.class).single()).isEqualTo(2);
        leader.context().close();

        // only leaders delegate from this page
        Page specialist = signedIn("demo.specialist", properties.demoPassword());
        assertThat(specialist.navigate(url("/can-bo/uy-quyen")).status()).isEqualTo(403);
        specialist.context().close();
    }
}
