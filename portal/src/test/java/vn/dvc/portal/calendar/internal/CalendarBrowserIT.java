package vn.dvc.portal.calendar.internal;

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
 * The calendar's pages in a browser (#3 item 6): a visitor reads the year with its holidays and lunar
 * dates; the Centre confirms the proposed Tết placement, declares a day off with its legal reference, is
 * told what is missing when it forgets one, and revokes a decision. Officers sign in through the portal's
 * sign-in form with the demo accounts (#5).
 */
class CalendarBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortalProperties properties;

    @Test
    void visitorSeesTheYearWithHolidaysLunarDatesAndProposedTet() {
        page.navigate(url("/lich-lam-viec?nam=2027"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Lịch làm việc năm 2027");
        Locator february = page.locator("table.month").nth(1);
        assertThat(february.locator("caption")).hasText("Tháng 2/2027");
        // Tết Đinh Mùi: 6 February 2027 is the first day of the first lunar month
        assertThat(february.locator("td.holiday").filter(new Locator.FilterOptions().setHasText("1/1")))
                .containsText("Tết Nguyên đán (Dự kiến)");
        Locator daysOff = page.locator("table.days-off");
        assertThat(daysOff.locator("tr", new Locator.LocatorOptions().setHasText("06/02/2027")))
                .containsText("Dự kiến");
        assertThat(daysOff.locator("tr", new Locator.LocatorOptions().setHasText("02/09/2027")))
                .containsText("Quốc khánh");
        assertAccessible(page);
    }

    @Test
    void centreConfirmsTetDeclaresADayOffAndRevokesIt() {
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/lich-lam-viec?nam=2028"));
        assertThat(centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Quản lý lịch làm việc năm 2028");
        assertAccessible(centre);

        Locator confirm = centre.locator("form", new Page.LocatorOptions().setHas(
                centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Xác nhận lịch nghỉ Tết hoặc ngày liền kề 2/9"))));
        confirm.getByLabel("Ngày lễ").selectOption("TET");
        confirm.getByLabel("Căn cứ pháp lý").fill("Thông báo số 01/TB-BNV ngày 10/11/2027 của Bộ Nội vụ");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xác nhận")).click();
        assertThat(centre.getByRole(AriaRole.STATUS)).containsText("Đã lưu");
        assertThat(centre.locator("table.decisions")).containsText("Tết Nguyên đán — theo lịch dự kiến");
        assertThat(centre.locator("table.days-off tr", new Page.LocatorOptions().setHasText("26/01/2028")))
                .containsText("Đã xác nhận");

        Locator addDayOff = centre.locator("form", new Page.LocatorOptions().setHas(
                centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thêm ngày nghỉ"))));
        addDayOff.getByLabel("Ngày", new Locator.GetByLabelOptions().setExact(true)).fill("2028-03-15");
        addDayOff.getByLabel("Tên ngày nghỉ").fill("Nghỉ bầu cử");
        addDayOff.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm ngày nghỉ")).click();
        // the legal reference is required: the browser's own check (required) stops the form first
        assertThat(centre).hasURL(url("/quan-tri/lich-lam-viec?nam=2028&da-luu=1"));
        assertThat(centre.locator("table.decisions")).not().containsText("Nghỉ bầu cử");

        addDayOff.getByLabel("Căn cứ pháp lý").fill("Quyết định số 12/QĐ-UBND ngày 01/3/2028");
        addDayOff.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm ngày nghỉ")).click();
        assertThat(centre.locator("table.decisions")).containsText("15/03/2028 — Nghỉ bầu cử");
        assertThat(centre.locator("table.decisions")).containsText("demo.centre");
        assertThat(centre.locator("table.days-off tr", new Page.LocatorOptions().setHasText("15/03/2028")))
                .containsText("Nghỉ theo quyết định");

        centre.locator("table.decisions tr", new Page.LocatorOptions().setHasText("Nghỉ bầu cử"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thu hồi")).click();
        assertThat(centre.locator("table.decisions")).not().containsText("Nghỉ bầu cử");
        assertThat(centre.locator("table.days-off")).not().containsText("15/03/2028");

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = 'demo.centre' "
                        + "AND action LIKE 'calendar.%' AND details ->> 'year' = '2028'")
                .query(Integer.class).single()).isEqualTo(3);
        centre.context().close();
    }

    @Test
    void theServerItselfNamesWhatIsMissing() {
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/lich-lam-viec?nam=2029"));
        Locator makeUp = centre.locator("form", new Page.LocatorOptions().setHas(
                centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Khai báo ngày làm bù"))));
        makeUp.getByLabel("Ngày", new Locator.GetByLabelOptions().setExact(true)).fill("2029-04-28");
        // remove the browser's own 'required' check to see the server's answer
        makeUp.getByLabel("Căn cứ pháp lý").evaluate("e => e.removeAttribute('required')");
        makeUp.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Khai báo ngày làm bù")).click();

        Locator summary = centre.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Quyết định chưa được lưu");
        assertThat(summary.getByRole(AriaRole.LINK)).hasText("Nhập căn cứ pháp lý: số, ký hiệu, ngày ban hành của văn bản");
        assertThat(summary.getByRole(AriaRole.LINK)).hasAttribute("href", "#MAKE_UP_WORKING_DAY-legalReference");
        assertThat(makeUp.getByLabel("Ngày", new Locator.GetByLabelOptions().setExact(true))).hasValue("2029-04-28");
        assertAccessible(centre);
        centre.context().close();
    }

    @Test
    void otherOfficersMayNotDecide() {
        Page specialist = signedIn("demo.specialist", properties.demoPassword());
        specialist.navigate(url("/quan-tri/lich-lam-viec?nam=2030"));
        Locator addDayOff = specialist.locator("form", new Page.LocatorOptions().setHas(
                specialist.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thêm ngày nghỉ"))));
        addDayOff.getByLabel("Ngày", new Locator.GetByLabelOptions().setExact(true)).fill("2030-03-15");
        addDayOff.getByLabel("Tên ngày nghỉ").fill("Nghỉ");
        addDayOff.getByLabel("Căn cứ pháp lý").fill("Không có thẩm quyền");
        var response = specialist.waitForResponse(r -> r.url().contains("/quyet-dinh"), () ->
                addDayOff.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm ngày nghỉ")).click());
        assertThat(response.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_override WHERE year = 2030").query(Integer.class).single())
                .isZero();
        specialist.context().close();
    }
}
