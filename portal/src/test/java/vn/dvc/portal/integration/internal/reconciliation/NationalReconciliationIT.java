package vn.dvc.portal.integration.internal.reconciliation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.internal.TestIntake;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.integration.internal.client.NationalPortalClient;
import vn.dvc.portal.integration.internal.client.NationalPortalDates;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.NationalSim;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.TestClock;

/**
 * The daily reconciliation with the National Portal (#15 acceptance, INT-1, INT-2, OPS-1) on the whole application
 * with the simulator as a process: the test makes the National Portal know our dossiers by sending them itself
 * ({@code DongBoHoSoMC} through the one client), then reconciles. All sent → "khớp" everywhere; one sent with the
 * simulator's {@code drop} fault (answered success, silently discarded) → that dossier's code is reported missing at
 * the National Portal; another status there → reported with both statuses; a code only the National Portal knows →
 * reported as unknown here; the daily job; the National Portal down → a failed report with the reason; refused
 * periods and a second run at once. The browser test: the Centre runs it by clicks, sees the result, downloads the
 * workbook and reads it.
 *
 * <p>Each test receives its dossiers on a day of its own (the test clock) and reconciles that day only, so the tests
 * share the database without seeing each other's dossiers; the simulator is reset before each.
 */
class NationalReconciliationIT extends BrowserTest {

    /** Procedures of the demo catalogue with processes: a ward's (đăng ký lại khai sinh) and a department's. */
    static final String WARD_PROCEDURE = "1.004884";
    static final String BUSINESS_PROCEDURE = "2.001610";

    private static final NationalSim SIM = NationalSim.shared();

    @DynamicPropertySource
    static void nationalPortal(DynamicPropertyRegistry registry) {
        SIM.portalProperties(registry);
        registry.add("dvc.national-portal.reconciliation.cron", () -> "-");
        // the test tells the simulator itself what it knows (and what it dropped): the sync stays off here
        registry.add("dvc.national-portal.sync.enabled", () -> "false");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    Dossiers dossiers;
    @Autowired
    NationalPortalClient client;
    @Autowired
    Reconciliations reconciliations;
    @Autowired
    ReconciliationStore store;
    @Autowired
    ReconciliationJob job;
    @Autowired
    PortalProperties properties;

    @BeforeEach
    void freshSimulator() {
        SIM.reset();
    }

    @AfterEach
    void backToRealTime() {
        SIM.clearFaults();
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyDossierSentMatchesEverywhere() {
        LocalDate day = LocalDate.of(2030, 3, 11);
        List<DossierView> received = receive(day, WARD_PROCEDURE, WARD_PROCEDURE, BUSINESS_PROCEDURE);
        send(received.get(0), 4);
        send(received.get(1), 4);
        // as the outbound sync sends it: DonViXuLy is the agency's name, madonvi its code
        sendNamed(received.get(2), received.get(2).receivedAt(), 4);

        ReconciliationStore.Report report = reconcile(day);

        assertThat(report.state()).isEqualTo(ReconciliationStore.State.DONE);
        assertThat(report.matched()).isTrue();
        assertThat(report.ours()).isEqualTo(3);
        assertThat(report.theirs()).isEqualTo(3);
        assertThat(report.lookups()).isZero();
        assertThat(report.agencies()).isGreaterThanOrEqualTo(2);
        assertThat(store.differences(report.id())).isEmpty();
        List<Comparison.Cell> cells = store.cells(report.id());
        assertThat(cells).extracting(Comparison.Cell::matched).containsOnly(true);
        assertThat(cells).extracting(Comparison.Cell::agency)
                .containsExactlyInAnyOrderElementsOf(received.stream().map(this::agency).distinct().toList());
        assertThat(cells.stream().mapToInt(Comparison.Cell::ours).sum()).isEqualTo(3);
        assertThat(cells).extracting(Comparison.Cell::status).containsOnly(DossierStatus.IN_PROCESSING.nationalCode());
    }

    @Test
    void aMessageTheSimulatorSilentlyDroppedIsReportedWithTheDossiersCode() {
        LocalDate day = LocalDate.of(2030, 3, 12);
        List<DossierView> received = receive(day, WARD_PROCEDURE, WARD_PROCEDURE, BUSINESS_PROCEDURE);
        send(received.get(0), 4);
        send(received.get(2), 4);
        SIM.faults("{\"drop\": 1}");
        DossierView dropped = received.get(1);
        JsonNode answer = send(dropped, 4);
        assertThat(answer.path("error_code").asInt()).as("the drop is answered as a success").isZero();
        assertThat(SIM.dossiers().findValues("mahoso")).extracting(JsonNode::asString)
                .doesNotContain(dropped.code());

        ReconciliationStore.Report report = reconcile(day);

        assertThat(report.matched()).isFalse();
        assertThat(report.ours()).isEqualTo(3);
        assertThat(report.theirs()).isEqualTo(2);
        assertThat(report.lookups()).as("the dropped dossier was looked up by code too").isOne();
        assertThat(store.differences(report.id())).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(dropped.code());
            assertThat(d.kind()).isEqualTo(Comparison.Kind.MISSING_AT_NATIONAL);
            assertThat(d.dossierId()).isEqualTo(dropped.id());
            assertThat(d.ourStatus()).isEqualTo(4);
        });
        assertThat(store.cells(report.id())).filteredOn(c -> c.agency().equals(agency(dropped)))
                .singleElement().satisfies(c -> {
                    assertThat(c.ours()).isEqualTo(2);
                    assertThat(c.theirs()).isEqualTo(1);
                    assertThat(c.matched()).isFalse();
                });
    }

    @Test
    void anotherStatusThereAndADossierOnlyTheNationalPortalKnowsAreReportedAsSuch() {
        LocalDate day = LocalDate.of(2030, 3, 13);
        List<DossierView> received = receive(day, WARD_PROCEDURE, WARD_PROCEDURE, WARD_PROCEDURE);
        send(received.get(0), 4);
        // the progress to 4 never reached the National Portal: it still shows 2 (received)
        send(received.get(1), 2);
        // known there with the day before as its date of receipt (and the agency by its name): found by code
        sendNamed(received.get(2), received.get(2).receivedAt().minus(Duration.ofDays(1)), 4);
        String stranger = "000.21.40.H63-300313-9999";
        sendRecord(stranger, agency(received.get(0)), agency(received.get(0)), day.atTime(10, 0).atZone(vn.dvc.portal.platform.PortalTime.ZONE)
                .toInstant(), 1, "Thủ tục đăng ký lại khai sinh");

        ReconciliationStore.Report report = reconcile(day);

        assertThat(report.differences()).isEqualTo(3);
        assertThat(report.lookups()).isOne();
        List<Comparison.Difference> differences = store.differences(report.id());
        assertThat(differences).extracting(Comparison.Difference::kind).containsExactly(Comparison.Kind.UNKNOWN_HERE,
                Comparison.Kind.RECEIVED_DATE_DIFFERS, Comparison.Kind.STATUS_DIFFERS);
        assertThat(differences.get(0)).satisfies(d -> {
            assertThat(d.code()).isEqualTo(stranger);
            assertThat(d.dossierId()).isNull();
            assertThat(d.theirStatus()).isEqualTo(1);
        });
        assertThat(differences.get(1)).satisfies(d -> {
            assertThat(d.code()).isEqualTo(received.get(2).code());
            assertThat(d.theirAgency()).as("the name read as its code").isEqualTo(agency(received.get(2)));
            assertThat(d.ourReceivedOn()).isEqualTo(day);
            assertThat(d.theirReceivedOn()).isEqualTo(day.minusDays(1));
        });
        assertThat(differences.get(2)).satisfies(d -> {
            assertThat(d.code()).isEqualTo(received.get(1).code());
            assertThat(d.ourStatus()).isEqualTo(4);
            assertThat(d.theirStatus()).isEqualTo(2);
        });
        assertThat(store.cells(report.id())).extracting(c -> c.status() + ":" + c.ours() + "/" + c.theirs() + "/"
                + c.matched()).containsExactly("1:0/1/false", "2:0/1/false", "4:3/1/false");
    }

    @Test
    void theDailyJobReconcilesTheLastDaysOnItsOwn() {
        DossierView d = receive(LocalDate.of(2031, 6, 14), WARD_PROCEDURE).get(0);
        send(d, d.nationalStatusCode());
        clock.set(Instant.parse("2031-06-14T22:30:00Z")); // 05:30 on the 15th in Yên Bái

        job.daily();

        ReconciliationStore.Report report = store.recent(1).get(0);
        assertThat(report.origin()).isEqualTo(ReconciliationStore.Origin.SCHEDULE);
        assertThat(report.startedBy()).isEqualTo("system");
        assertThat(report.from()).isEqualTo(LocalDate.of(2031, 3, 16));
        assertThat(report.to()).isEqualTo(LocalDate.of(2031, 6, 15));
        assertThat(report.matched()).isTrue();
        assertThat(report.ours()).isOne();
    }

    @Test
    void theNationalPortalDownGivesAFailedReportWithTheReason() {
        LocalDate day = LocalDate.of(2030, 3, 14);
        SIM.faults("{\"down\": true}");
        ReconciliationStore.Report report = reconcile(day);
        assertThat(report.state()).isEqualTo(ReconciliationStore.State.FAILED);
        assertThat(report.failure()).startsWith("National Portal unavailable").contains("503");
        assertThat(store.cells(report.id())).isEmpty();
    }

    @Test
    void aWrongPeriodOrASecondRunAtOnceIsRefused() {
        asCentre();
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> reconciliations.start(today, today.plusDays(1)))
                .isInstanceOfSatisfying(RefusedInput.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.messageKey()).containsExactly("integration.reconciliation.error.future"));
        assertThatThrownBy(() -> reconciliations.start(today, today.minusDays(1)))
                .isInstanceOfSatisfying(RefusedInput.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.messageKey()).containsExactly("integration.reconciliation.error.order"));
        assertThatThrownBy(() -> reconciliations.start(today.minusDays(400), today))
                .isInstanceOfSatisfying(RefusedInput.class, refused -> assertThat(refused.errors())
                        .extracting(e -> e.messageKey()).containsExactly("integration.reconciliation.error.tooLong"));

        SIM.faults("{\"latencyMs\": 100}"); // about 6 s for the lists of every agency
        UUID first = reconciliations.start(today, today);
        assertThatThrownBy(() -> reconciliations.start(today, today))
                .isInstanceOfSatisfying(RefusedInput.class, refused -> {
                    assertThat(refused.code()).isEqualTo(RefusedInput.Code.CONFLICT);
                    assertThat(refused.errors()).extracting(e -> e.messageKey())
                            .containsExactly("integration.reconciliation.error.running");
                });
        SIM.clearFaults();
        assertThat(finished(first).state()).isNotEqualTo(ReconciliationStore.State.RUNNING);
    }

    @Test
    void theCentreReconcilesByClicksSeesTheDroppedDossierAndDownloadsTheWorkbook() throws Exception {
        // a day in the past (the page refuses a period after today), which no other test uses
        LocalDate day = LocalDate.now(vn.dvc.portal.platform.PortalTime.ZONE).minusDays(400);
        String shown = vn.dvc.portal.platform.PortalTime.DATE.format(day);
        List<DossierView> received = receive(day, WARD_PROCEDURE, BUSINESS_PROCEDURE);
        DossierView kept = received.get(0);
        DossierView dropped = received.get(1);
        send(kept, 4);
        SIM.faults("{\"drop\": 1}");
        send(dropped, 4);
        clock.reset();

        Page centre = signedIn("demo.centre", properties.demoPassword());
        assertAccessible(centre); // the account page, where the Centre finds the link
        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Đối soát số liệu với Cổng Dịch vụ công quốc gia")).click();
        assertThat(centre).hasURL(url("/quan-tri/doi-soat-dvcqg"));
        assertThat(centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Đối soát số liệu với Cổng Dịch vụ công quốc gia");
        // a period that ends after today is refused beside its field
        centre.getByLabel("Đến ngày").fill(LocalDate.now(vn.dvc.portal.platform.PortalTime.ZONE).plusDays(1).toString());
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đối soát ngay")).click();
        assertThat(centre.getByRole(AriaRole.ALERT)).containsText("Ngày kết thúc không được sau hôm nay.");
        assertThat(centre.getByLabel("Đến ngày")).hasAttribute("aria-invalid", "true");
        assertAccessible(centre);

        centre.getByLabel("Từ ngày").fill(day.toString());
        centre.getByLabel("Đến ngày").fill(day.toString());
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đối soát ngay")).click();

        assertThat(centre.locator("#reconciliation-verdict")).containsText("Lệch", new com.microsoft.playwright
                .assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(centre.locator("#reconciliation-verdict")).containsText("1 hồ sơ chênh lệch");
        assertThat(centre.locator("main")).containsText(shown + " – " + shown);
        var row = centre.locator("table.reconciliation-differences tbody tr");
        assertThat(row).hasCount(1);
        assertThat(row).containsText(dropped.code());
        assertThat(row).containsText("Cổng DVCQG chưa có hồ sơ này");
        assertThat(row.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(dropped.code()))).hasAttribute("href", "/can-bo/xu-ly/" + dropped.id());
        assertThat(centre.locator("table.reconciliation-past tr[aria-current=true]")).containsText("Lệch (1)");
        assertThat(centre.locator("table.reconciliation-cells")).containsText("Khớp");
        assertThat(centre.locator("table.reconciliation-cells")).containsText("Lệch");
        assertAccessible(centre);

        Download download = centre.waitForDownload(() -> centre.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Tải báo cáo (Excel)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("Doi-soat-DVCQG-" + day + "-" + day + ".xlsx");
        try (InputStream in = Files.newInputStream(download.path()); Workbook book = new XSSFWorkbook(in)) {
            List<String> summary = lines(book.getSheet("Tổng hợp"));
            assertThat(summary.get(0)).isEqualTo("ĐỐI SOÁT SỐ LIỆU HỒ SƠ VỚI CỔNG DỊCH VỤ CÔNG QUỐC GIA");
            assertThat(summary.get(1)).isEqualTo("Hồ sơ tiếp nhận từ ngày " + shown + " đến ngày " + shown);
            assertThat(summary).anySatisfy(line -> assertThat(line)
                    .matches("[12]\\|" + Pattern.quote(agency(kept)) + "\\|.+\\|4\\|Đang xử lý\\|1\\|1\\|0\\|Khớp"));
            assertThat(summary).anySatisfy(line -> assertThat(line)
                    .matches("[12]\\|" + Pattern.quote(agency(dropped)) + "\\|.+\\|4\\|Đang xử lý\\|1\\|0\\|1\\|Lệch"));
            assertThat(summary).contains("|Tổng cộng||||2|1|1|Lệch");
            List<String> differences = lines(book.getSheet("Hồ sơ chênh lệch"));
            assertThat(differences).anySatisfy(line -> assertThat(line).startsWith("1|" + dropped.code()
                    + "|Cổng DVCQG chưa có hồ sơ này|").contains("|4 — Đang xử lý|" + shown + "|(không có)|"));
        }

        // without JavaScript: the form posts, the report's page says to reload while it runs, then shows the result
        Page noScript = openPage(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("vi-VN")
                .setJavaScriptEnabled(false).setStorageState(centre.context().storageState()));
        noScript.navigate(url("/quan-tri/doi-soat-dvcqg"));
        noScript.getByLabel("Từ ngày").fill(day.toString());
        noScript.getByLabel("Đến ngày").fill(day.toString());
        noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đối soát ngay")).click();
        assertThat(noScript).hasURL(Pattern.compile(".*/quan-tri/doi-soat-dvcqg/[0-9a-f-]{36}$"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            noScript.reload();
            return noScript.locator("#reconciliation-verdict").count() == 1;
        });
        assertThat(noScript.locator("#reconciliation-verdict")).containsText("1 hồ sơ chênh lệch");
        assertThat(noScript.locator("table.reconciliation-past tbody tr[aria-current=true]")).hasCount(1);
        noScript.context().close();

        // the same page in English, and on a narrow screen
        centre.navigate(centre.url() + "?lang=en");
        assertThat(centre.locator("main")).containsText("Missing at the National Portal");
        assertThat(centre.locator("main")).not().containsText("??");
        centre.setViewportSize(360, 800);
        assertAccessible(centre);
        centre.navigate(url("/quan-tri/doi-soat-dvcqg?lang=vi"));
        centre.context().close();
    }

    @Test
    void onlyTheCentreReachesThePage() {
        Page specialist = signedIn("demo.specialist", properties.demoPassword());
        assertThat(specialist.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Đối soát số liệu với Cổng Dịch vụ công quốc gia"))).hasCount(0);
        assertThat(specialist.navigate(url("/quan-tri/doi-soat-dvcqg")).status()).isEqualTo(403);
        assertThat(specialist.locator("main")).not().containsText("Đối soát ngay");
        specialist.context().close();
    }

    // --- helpers ------------------------------------------------------------------------------------------

    /** The dossiers of these procedures received at the Centre's desk at 09:00 on {@code day}, once processing runs. */
    private List<DossierView> receive(LocalDate day, String... procedures) {
        Instant at = day.atTime(9, 0).atZone(vn.dvc.portal.platform.PortalTime.ZONE).toInstant();
        List<DossierView> received = new ArrayList<>();
        int n = 0;
        for (String procedure : procedures) {
            clock.set(at.plusSeconds(60L * n++));
            UUID id = TestIntake.receiveWalkIn(context, procedure, "Hoàng Văn Đối Soát");
            // processing starts after the receipt's commit and moves the dossier to 4 (Đang xử lý)
            await().atMost(Duration.ofSeconds(20)).until(() -> dossiers.find(id).orElseThrow().status()
                    == DossierStatus.IN_PROCESSING);
            received.add(dossiers.find(id).orElseThrow());
        }
        return received;
    }

    private String agency(DossierView d) {
        return Reconciliations.nationalAgency(d.receivingAgency(), d.competentAgency());
    }

    /** {@code DongBoHoSoMC} for our dossier as the sync would send it, with this status. */
    private JsonNode send(DossierView d, int status) {
        return sendRecord(d.code(), agency(d), agency(d), d.receivedAt(), status, d.procedureName());
    }

    /** As the outbound sync sends it: the agency's code as {@code madonvi}, its name as {@code DonViXuLy}. */
    private JsonNode sendNamed(DossierView d, Instant receivedAt, int status) {
        String name = context.getBean(vn.dvc.portal.catalog.Agencies.class).find(agency(d)).orElseThrow().name();
        return sendRecord(d.code(), agency(d), name, receivedAt, status, d.procedureName());
    }

    private JsonNode sendRecord(String code, String agency, String donViXuLy, Instant receivedAt, int status,
            String procedure) {
        ObjectNode body = client.body();
        body.put("isUpdating", "False");
        body.putArray("data").addObject()
                .put("MaHoSo", code).put("MaTTHC", WARD_PROCEDURE).put("TenTTHC", procedure)
                .put("ChuHoSo", "Hoàng Văn Đối Soát").put("LoaiDoiTuong", "1").put("TrichYeuHoSo", procedure)
                .put("NgayTiepNhan", NationalPortalDates.format(receivedAt))
                .put("NgayHenTra", NationalPortalDates.format(receivedAt.plus(Duration.ofDays(5))))
                .put("TrangThaiHoSo", String.valueOf(status)).put("HinhThuc", "0").put("DonViXuLy", donViXuLy);
        return client.call("DongBoHoSoMC", agency, body);
    }

    /** Starts a run for the Centre over one day and waits for its end. */
    private ReconciliationStore.Report reconcile(LocalDate day) {
        clock.set(day.atTime(18, 0).atZone(vn.dvc.portal.platform.PortalTime.ZONE).toInstant());
        asCentre();
        UUID id = reconciliations.start(day, day);
        SecurityContextHolder.clearContext();
        return finished(id);
    }

    private ReconciliationStore.Report finished(UUID id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> store.find(id).orElseThrow(), report -> !report.running());
    }

    private static void asCentre() {
        SignedInUser centre = new SignedInUser(UUID.nameUUIDFromBytes("dvc-demo:demo.centre".getBytes()),
                "demo.centre", "Trung tâm", AccountKind.OFFICER, Set.of(Role.CENTRE), AssuranceLevel.VERIFIED_BY_CODE,
                TestIntake.CENTRE, TestIntake.PROVINCE);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(centre,
                null, List.of(new SimpleGrantedAuthority(Role.CENTRE.authority()))));
    }

    /** A sheet's rows as lines of cell texts joined by "|", as Excel shows them. */
    private static List<String> lines(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
            }
            lines.add(String.join("|", cells));
        }
        return lines;
    }
}
