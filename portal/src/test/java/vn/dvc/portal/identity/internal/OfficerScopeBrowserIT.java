package vn.dvc.portal.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * Officers' scope in a browser (#5 item 4, acceptance "an officer who sees only their agency's area"): an
 * administrator of a district sees and manages only the officers of that district and the communes below it;
 * the province's administrator (the Centre, scope = province) sees them all.
 */
class OfficerScopeBrowserIT extends BrowserTest {

    static final String DISTRICT_ADMIN = "qt.huyen.scope";

    @Autowired
    AccountStore store;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Agencies agencies;

    @Autowired
    PortalProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    Agency district;
    Agency commune;

    @BeforeEach
    void aDistrictAdministrator() {
        List<Agency> current = agencies.validOn(LocalDate.now(clock));
        district = current.stream().filter(a -> a.level().code().equals("DISTRICT"))
                .filter(d -> current.stream().anyMatch(c -> d.code().equals(c.parentCode())))
                .findFirst().orElseThrow(() -> new AssertionError("the demo catalogue has a district with units"));
        commune = current.stream().filter(c -> district.code().equals(c.parentCode())).findFirst().orElseThrow();
        if (store.usernameExists(DISTRICT_ADMIN)) {
            return;
        }
        UUID id = UUID.randomUUID();
        store.insertAccount(id, AccountKind.OFFICER, DISTRICT_ADMIN, "Lường Văn Khánh", DISTRICT_ADMIN + "@example.com",
                null, encoder.encode(properties.demoPassword()), StoredAccount.Status.ACTIVE,
                AssuranceLevel.VERIFIED_BY_CODE, Instant.now(clock), EnumSet.of(Role.ADMIN));
        store.insertOfficer(id, district.code(), "Văn phòng HĐND và UBND");
        secondFactor.enableFixed(id, IdentityDemoData.demoTotpSecret(properties.demoPassword()));
    }

    @Test
    void aDistrictAdministratorSeesAndManagesOnlyTheDistrictsOfficers() {
        Page admin = signedIn(DISTRICT_ADMIN, properties.demoPassword());
        admin.navigate(url("/quan-tri/can-bo"));
        Locator table = admin.locator("main table");
        assertThat(table).containsText(DISTRICT_ADMIN);
        assertThat(table).not().containsText("demo.desk");
        assertThat(table).not().containsText("demo.centre");
        assertAccessible(admin);

        // an officer outside the district is as unknown as one that does not exist
        String desk = jdbc.sql("SELECT id FROM identity_account WHERE username = 'demo.desk'").query(String.class).single();
        Response outside = admin.navigate(url("/quan-tri/can-bo/" + desk));
        assertThat(outside.status()).isEqualTo(404);

        // new officers can be attached only to the district and the units below it
        admin.navigate(url("/quan-tri/can-bo/tao-moi"));
        Locator agency = admin.getByLabel("Cơ quan", new Page.GetByLabelOptions().setExact(true));
        List<String> offered = agency.locator("option").allTextContents();
        assertThat(offered).anyMatch(text -> text.contains(district.code()));
        assertThat(offered).anyMatch(text -> text.contains(commune.code()));
        assertThat(offered).noneMatch(text -> text.contains("000.00.15.H63") || text.contains("000.00.00.H63"));
        assertAccessible(admin);

        admin.getByLabel("Họ và tên").fill("Sùng A Páo");
        admin.getByLabel("Tên đăng nhập", new Page.GetByLabelOptions().setExact(true)).fill("sung.a.pao");
        admin.locator("#email").fill("sung.a.pao@example.com");
        agency.selectOption(commune.code());
        admin.getByLabel("Cán bộ Bộ phận Một cửa").check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();
        admin.waitForURL(url("/quan-tri/can-bo?da-tao"));
        assertThat(admin.locator("main table")).containsText("sung.a.pao");
        admin.context().close();

        // the province's administrator sees every officer, the district's included
        Page province = signedIn("demo.admin", properties.demoPassword());
        province.navigate(url("/quan-tri/can-bo"));
        assertThat(province.locator("main table")).containsText("demo.desk");
        assertThat(province.locator("main table")).containsText(DISTRICT_ADMIN);
        assertThat(province.locator("main table")).containsText("sung.a.pao");
        province.context().close();
    }

    @Test
    void anAdministratorCannotPostAnAgencyOutsideTheirScope() {
        Page admin = signedIn(DISTRICT_ADMIN, properties.demoPassword());
        admin.navigate(url("/quan-tri/can-bo/tao-moi"));
        admin.getByLabel("Họ và tên").fill("Giàng Thị Mỷ");
        admin.getByLabel("Tên đăng nhập", new Page.GetByLabelOptions().setExact(true)).fill("giang.thi.my");
        admin.locator("#email").fill("giang.thi.my@example.com");
        // a crafted request: the select does not offer Sở Tư pháp, so add it as the page would not
        admin.locator("#agencyCode").evaluate("s => { const o = document.createElement('option'); "
                + "o.value = '000.00.15.H63'; o.text = 'x'; s.add(o); s.value = '000.00.15.H63'; }");
        admin.getByLabel("Chuyên viên xử lý").check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();
        assertThat(admin.getByRole(AriaRole.ALERT)).containsText("Cơ quan này nằm ngoài phạm vi quản lý của bạn");
        assertThat(jdbc.sql("SELECT count(*) FROM identity_account WHERE username = 'giang.thi.my'")
                .query(Integer.class).single()).isZero();
        assertAccessible(admin);
        admin.context().close();
    }
}
