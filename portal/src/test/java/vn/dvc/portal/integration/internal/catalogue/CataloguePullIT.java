package vn.dvc.portal.integration.internal.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.catalog.CatalogueImports;
import vn.dvc.portal.integration.internal.catalogue.PullStore.Pull;
import vn.dvc.portal.integration.internal.catalogue.PullStore.Status;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.NationalSim;
import vn.dvc.portal.platform.PortalProperties;

/**
 * The catalogue pull (#15 item 4; INT-1, CAT-4, OPS-1) against the National Portal simulator as a process, whose
 * catalogue is the portal's demo catalogue (already loaded here by the demo data): an unchanged pull writes nothing,
 * a procedure changed there becomes exactly one new version here and only it is fetched again, a bad record is
 * reported with its reason and nothing of it is stored, the National Portal down ends a pull as unavailable and the
 * next one catches up, two starts at once make one pull; and the Centre starts it by clicks and watches it, with and
 * without JavaScript.
 *
 * <p>Its own application context (the simulator's address). Tests leave the catalogue as the demo has it: each
 * changes the simulated catalogue, then resets it and pulls it back.
 */
class CataloguePullIT extends BrowserTest {

    private static final NationalSim sim = NationalSim.shared();
    private static final String BIRTH = "1.001193";
    private static final String MARRIAGE = "1.000894";
    private static final String DEATH = "1.000656";

    @DynamicPropertySource
    static void nationalPortal(DynamicPropertyRegistry registry) {
        sim.portalProperties(registry);
    }

    @Autowired
    CataloguePull pulls;

    @Autowired
    CataloguePullSchedule schedule;

    @Autowired
    PullStore store;

    @Autowired
    CatalogueImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PortalProperties properties;

    @BeforeEach
    void freshSimulator() {
        sim.clearFaults();
        sim.send("POST", "/sim/catalogue/reset", null);
    }

    @AfterEach
    void demoCatalogueAgain() {
        sim.clearFaults();
        sim.send("POST", "/sim/catalogue/reset", null);
        assertThat(pull(false).status()).isEqualTo(Status.FINISHED);
    }

    @Test
    void anUnchangedPullWritesNothingAndAChangedProcedureBecomesExactlyOneNewVersion() {
        String before = catalogue("");
        assertThat(before).matches("(\\d+/[0-9a-f]{32} ){5}\\d+");

        // everything was listed with a new key (the simulator started its catalogue again): all fetched, none stored
        Pull first = pull(false);
        assertThat(first.status()).isEqualTo(Status.FINISHED);
        assertThat(first.sectors()).isEqualTo(new CatalogueImports.ListResult(0, 0, 9, List.of()));
        assertThat(first.agencies()).isEqualTo(new CatalogueImports.ListResult(0, 0, 55, List.of()));
        assertThat(first.listed()).isEqualTo(43);
        assertThat(first.fresh()).isZero();
        CatalogueImports.JobProgress all = procedures(first);
        assertThat(all.processed()).isEqualTo(43);
        assertThat(all.unchanged()).isEqualTo(43);
        assertThat(all.newVersions()).isZero();
        assertThat(all.rejected()).isZero();
        assertThat(catalogue("")).as("an unchanged pull writes nothing").isEqualTo(before);
        // a full pull fetches everything again, and still writes nothing
        Pull full = pull(true);
        assertThat(procedures(full).unchanged()).isEqualTo(43);
        assertThat(catalogue("")).isEqualTo(before);

        // one procedure changes at the National Portal
        int version = newestVersion(BIRTH);
        String othersBefore = catalogue(BIRTH);
        int fetchedBefore = fetched().size();
        sim.send("PATCH", "/sim/catalogue/procedures/" + BIRTH,
                "{\"TENTTHC\": \"Thủ tục đăng ký khai sinh (đã sửa đổi)\", \"MOTA\": \"Theo quyết định công bố mới\"}");

        Pull changed = pull(false);
        assertThat(changed.listed()).isEqualTo(43);
        assertThat(changed.fresh()).as("only the changed procedure is fetched again").isEqualTo(42);
        assertThat(fetched().subList(fetchedBefore, fetched().size())).containsExactly(BIRTH);
        CatalogueImports.JobProgress one = procedures(changed);
        assertThat(one.processed()).isEqualTo(1);
        assertThat(one.changed()).isEqualTo(1);
        assertThat(one.newVersions()).isEqualTo(1);
        assertThat(newestVersion(BIRTH)).isEqualTo(version + 1);
        assertThat(status(BIRTH, version + 1)).isEqualTo("PUBLISHED");
        assertThat(status(BIRTH, version)).isEqualTo("SUPERSEDED");
        assertThat(jdbc.sql("SELECT name FROM catalog_procedure WHERE code = :c AND version = :v")
                .param("c", BIRTH).param("v", version + 1).query(String.class).single())
                .isEqualTo("Thủ tục đăng ký khai sinh (đã sửa đổi)");
        assertThat(catalogue(BIRTH)).as("nothing else changed").isEqualTo(othersBefore);

        // the next pull finds every key as it was: it fetches nothing and writes nothing
        String after = catalogue("");
        Pull again = pull(false);
        assertThat(again.fresh()).isEqualTo(43);
        assertThat(procedures(again).processed()).isZero();
        assertThat(catalogue("")).isEqualTo(after);
    }

    @Test
    void aBadRecordIsReportedWithItsReasonAndNothingOfItIsStored() {
        ObjectNode wrongField = (ObjectNode) sim.get("/sim/catalogue/procedures/" + BIRTH);
        wrongField.put("MATTHC", "2.999001");
        wrongField.put("TENTTHC", "Thủ tục có lĩnh vực không có trong danh mục");
        ((ObjectNode) wrongField.get("LINHVUCTHUCHIEN").get(0)).put("MALINHVUC", "XX-99");
        sim.send("PUT", "/sim/catalogue/procedures/2.999001", wrongField.toString());
        sim.send("PUT", "/sim/catalogue/procedures/2.999002", "\"không phải một bản ghi\"");
        sim.send("POST", "/sim/catalogue/refuse", "{\"codes\": [\"" + MARRIAGE + "\"]}");
        pull(false);
        String before = catalogue("");

        Pull pull = pull(true);
        assertThat(pull.status()).isEqualTo(Status.FINISHED);
        CatalogueImports.JobProgress job = procedures(pull);
        assertThat(job.processed()).isEqualTo(45);
        assertThat(job.rejected()).isEqualTo(3);
        assertThat(job.unchanged()).isEqualTo(42);
        assertThat(job.rejectedRecords()).extracting(CatalogueImports.Rejected::code)
                .containsExactlyInAnyOrder("2.999001", "2.999002", MARRIAGE);
        assertThat(reasons(job, "2.999001")).extracting(CatalogueImports.Reason::key)
                .containsExactly("catalog.import.reason.field");
        assertThat(reasons(job, "2.999001").getFirst().args()).containsExactly("XX-99");
        assertThat(reasons(job, "2.999002")).extracting(CatalogueImports.Reason::key)
                .containsExactly("catalog.import.reason.notObject");
        assertThat(reasons(job, MARRIAGE)).singleElement().satisfies(reason -> {
            assertThat(reason.key()).isEqualTo("integration.catalogue.reason.refused");
            assertThat(reason.args().getFirst()).contains("giả lập từ chối");
        });
        assertThat(catalogue("")).as("nothing of a bad record is stored").isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM catalog_procedure WHERE code IN ('2.999001', '2.999002')")
                .query(Integer.class).single()).isZero();

        // a bad record's key is not recorded: the next pull asks for it again and reports it again
        Pull next = pull(false);
        assertThat(next.fresh()).isEqualTo(42);
        assertThat(procedures(next).rejected()).isEqualTo(3);
    }

    @Test
    void theNationalPortalDownEndsThePullAsUnavailableAndTheNextOneCatchesUp() {
        pull(false);
        sim.send("PATCH", "/sim/catalogue/procedures/" + DEATH, "{\"MOTA\": \"Mô tả mới\"}");
        int version = newestVersion(DEATH);
        sim.faults("{\"down\": true}");

        Pull down = pull(false);
        assertThat(down.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(down.failureKey()).isEqualTo("integration.catalogue.failure.unavailable");
        assertThat(down.phase()).isEqualTo(PullStore.Phase.SECTORS);
        assertThat(newestVersion(DEATH)).isEqualTo(version);

        sim.clearFaults();
        Pull next = pull(false);
        assertThat(next.status()).isEqualTo(Status.FINISHED);
        assertThat(procedures(next).processed()).isEqualTo(1);
        assertThat(procedures(next).changed()).isEqualTo(1);
        assertThat(newestVersion(DEATH)).isEqualTo(version + 1);
    }

    @Test
    void twoStartsAtOnceMakeOnePullAndTheScheduleSkipsWhileItRuns() {
        sim.faults("{\"latencyMs\": 100}");
        int pullsBefore = countPulls();
        CataloguePull.Started first = asCentre(() -> pulls.start(true));
        CataloguePull.Started second = asCentre(() -> pulls.start(false));
        schedule.pull();

        assertThat(first.outcome()).isEqualTo(CataloguePull.Outcome.STARTED);
        assertThat(second.outcome()).isEqualTo(CataloguePull.Outcome.ALREADY_RUNNING);
        assertThat(second.pull()).isEqualTo(first.pull());
        assertThat(await(first.pull()).status()).isEqualTo(Status.FINISHED);
        assertThat(countPulls()).isEqualTo(pullsBefore + 1);
    }

    @Test
    void theCentreStartsThePullByClicksAndSeesItsProgressAndResult() {
        ObjectNode bad = (ObjectNode) sim.get("/sim/catalogue/procedures/" + BIRTH);
        bad.put("MATTHC", "2.999003");
        bad.put("TENTTHC", "Thủ tục thử có lĩnh vực sai");
        ((ObjectNode) bad.get("LINHVUCTHUCHIEN").get(0)).put("MALINHVUC", "XX-98");
        sim.send("PUT", "/sim/catalogue/procedures/2.999003", bad.toString());

        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/thu-tuc-hanh-chinh"));
        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập thủ tục từ Cơ sở dữ liệu quốc gia")).click();
        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Cập nhật từ Cổng Dịch vụ công quốc gia (không cần tải tệp)")).click();
        assertThat(centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Cập nhật từ Cổng Dịch vụ công quốc gia");
        assertAccessible(centre);
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cập nhật từ Cổng DVC quốc gia")).click();

        centre.waitForURL(Pattern.compile(".*/dong-bo-dvcqg/[0-9a-f-]{36}$"));
        Locator progress = centre.locator("#pull-progress");
        assertThat(progress).containsText("Đã xong", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(progress).containsText("Danh mục lĩnh vực (LayDanhMucLinhVuc): 0 thêm mới, 0 thay đổi, 9 không đổi, 0 bị từ chối");
        assertThat(progress).containsText("44 thủ tục");
        assertThat(progress).containsText("0 phiên bản mới");
        assertThat(progress).containsText("1 bị từ chối");
        Locator rejected = progress.locator("tr[data-code='2.999003']");
        assertThat(rejected).containsText("Thủ tục thử có lĩnh vực sai");
        assertThat(rejected).containsText("Lĩnh vực \"XX-98\" chưa có trong danh mục ngành, lĩnh vực.");
        assertAccessible(centre);

        // without JavaScript: the run's page is a plain page with a link to reload it while the pull runs
        sim.faults("{\"latencyMs\": 100}");
        Page plain = openPage(new Browser.NewContextOptions().setLocale("vi-VN").setJavaScriptEnabled(false)
                .setStorageState(centre.context().storageState()));
        plain.navigate(url("/quan-tri/thu-tuc-hanh-chinh/dong-bo-dvcqg"));
        plain.getByLabel("Lấy lại toàn bộ thủ tục, kể cả thủ tục có khóa cập nhật không đổi").check();
        plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cập nhật từ Cổng DVC quốc gia")).click();
        assertThat(plain.locator("#pull-progress")).containsText("Đang chạy");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (plain.locator("#pull-progress").textContent().contains("Đang chạy") && System.nanoTime() < deadline) {
            plain.waitForTimeout(500);
            plain.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải lại trang để xem tiến độ")).click();
        }
        assertThat(plain.locator("#pull-progress")).containsText("Đã xong");
        assertThat(plain.locator("main")).containsText("lấy lại toàn bộ thủ tục");
        assertThat(plain.locator("#pull-progress")).containsText("Đã xử lý 44/44 thủ tục");
        plain.context().close();
    }

    // --- helpers ---

    /** A pull started as the Centre, waited for to its end. */
    private Pull pull(boolean full) {
        CataloguePull.Started started = asCentre(() -> pulls.start(full));
        assertThat(started.outcome()).isEqualTo(CataloguePull.Outcome.STARTED);
        return await(started.pull());
    }

    private Pull await(UUID id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Pull pull = store.find(id).orElseThrow();
            if (!pull.running()) {
                return pull;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the pull " + id + " did not end within 90 s");
    }

    private static <T> T asCentre(java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("demo.centre", null, "ROLE_CENTRE"));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private CatalogueImports.JobProgress procedures(Pull pull) {
        return imports.job(pull.importId()).orElseThrow();
    }

    private static List<CatalogueImports.Reason> reasons(CatalogueImports.JobProgress job, String code) {
        return job.rejectedRecords().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().reasons();
    }

    private List<String> fetched() {
        JsonNode state = sim.get("/sim/catalogue");
        return state.get("fetched").values().stream().map(JsonNode::asString).toList();
    }

    private int newestVersion(String code) {
        return jdbc.sql("SELECT max(version) FROM catalog_procedure WHERE code = :c").param("c", code)
                .query(Integer.class).single();
    }

    private String status(String code, int version) {
        return jdbc.sql("SELECT status FROM catalog_procedure WHERE code = :c AND version = :v").param("c", code)
                .param("v", version).query(String.class).single();
    }

    private int countPulls() {
        return jdbc.sql("SELECT count(*) FROM integration_catalogue_pull").query(Integer.class).single();
    }

    /**
     * A fingerprint of the catalogue: every procedure version (but those of {@code except}) with its status, content
     * hash and status time; every agency, sector, field and form row as stored; and the audit entries the importers
     * write when they change something.
     */
    private String catalogue(String except) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) || '/' || coalesce(md5(string_agg(p.code || ':' || p.version || ':'
                                    || p.status || ':' || p.content_hash || ':' || p.status_at, ','
                                    ORDER BY p.code, p.version)), '')
                                FROM catalog_procedure p WHERE p.code <> :except)
                            || ' ' || (SELECT count(*) || '/' || md5(string_agg(a::text, ',' ORDER BY a.code))
                                FROM catalog_agency a)
                            || ' ' || (SELECT count(*) || '/' || md5(string_agg(s::text, ',' ORDER BY s.code))
                                FROM catalog_sector s)
                            || ' ' || (SELECT count(*) || '/' || md5(string_agg(f::text, ',' ORDER BY f.code))
                                FROM catalog_field f)
                            || ' ' || (SELECT count(*) || '/' || md5(string_agg(f::text, ',' ORDER BY f.id))
                                FROM catalog_form f)
                            || ' ' || (SELECT count(*) FROM audit_event WHERE action IN ('catalog.procedure.imported',
                                'catalog.agency.added', 'catalog.agency.changed', 'catalog.sector.saved')
                                AND object_id <> :except)""")
                .param("except", except).query(String.class).single();
    }
}
