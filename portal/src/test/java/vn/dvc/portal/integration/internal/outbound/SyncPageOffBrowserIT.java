package vn.dvc.portal.integration.internal.outbound;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * The Centre's sync page in the shared configuration, where no National Portal is set (#15 item 2, INT-1, OPS-1): it
 * says the sync is off, shows an empty backlog, and is accessible, in Vietnamese and English.
 */
class SyncPageOffBrowserIT extends BrowserTest {

    @Autowired
    PortalProperties properties;

    @Test
    void withoutANationalPortalThePageSaysTheSyncIsOff() {
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/dong-bo-dvcqg"));
        assertThat(centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Đồng bộ với Cổng Dịch vụ công quốc gia");
        assertThat(centre.locator("#sync-off")).containsText("DVC_NATIONAL_PORTAL_URL");
        assertThat(centre.locator("#sync-pending")).hasText("0");
        assertThat(centre.locator("#no-dead-letters")).hasText("Không có tin nào bị từ chối.");
        assertAccessible(centre);

        centre.navigate(url("/quan-tri/dong-bo-dvcqg?lang=en&da-gui-lai=%3Cb%3Ex"));
        assertThat(centre.locator("#sync-off")).containsText("Sync is off");
        // a tampered notice parameter shows nothing
        assertThat(centre.locator("p.success")).hasCount(0);
        assertAccessible(centre);
        centre.navigate(url("/quan-tri/dong-bo-dvcqg?lang=vi"));
        centre.context().close();
    }
}
