package vn.dvc.portal.integration.internal.inbound;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.feedback.DossierRatings;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.NationalSim;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.TestClock;

/**
 * What comes from the National Portal, against the simulator as a process of its own (#15 item 3; INT-1, QA-6,
 * EVAL-1, OPS-1):
 * <ul>
 *   <li>a dossier filed on the simulator's citizen page (driven in a browser, checked with axe) is received in the
 *       portal (national status 2) with the VNeID identity stored and the files fetched by link, equal to what was
 *       attached; with {@code duplicateDeliveries} the simulator pushes it twice and it is one dossier; a message
 *       whose file link points at a host that is not the National Portal's is refused and nothing is stored;</li>
 *   <li>a question asked on the simulator's page is pulled twice and reaches the officers' Q&amp;A board once; the
 *       Centre, the specialist and the leader handle it on the existing pages; the approved answer reaches the
 *       simulator once, however often the worker runs, and shows on its question page;</li>
 *   <li>the ratings of a month are summarised with the right percentages and sent once, the job run twice.</li>
 * </ul>
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class NationalPortalInboundIT extends BrowserTest {

    private static final NationalSim SIM = NationalSim.shared();

    @DynamicPropertySource
    static void nationalPortal(DynamicPropertyRegistry registry) {
        SIM.portalProperties(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierRatings ratings;

    @Autowired
    QuestionPull pull;

    @Autowired
    AnswerDelivery delivery;

    @Autowired
    RatingsSummary summary;

    @Autowired
    TestClock clock;

    @Autowired
    PortalProperties properties;

    @Value("${dvc.dossier.national-portal-api-key}")
    String apiKey;

    @BeforeEach
    void pointTheSimulatorHere() {
        SIM.reset();
        SIM.send("POST", "/sim/portal", "{\"url\":\"http://localhost:" + port + "\",\"apiKey\":\"" + apiKey + "\"}");
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** Files a birth registration on the simulator's page, TP1 attached, the other components its samples. */
    private String fileOnTheSimulator(String name, String vneid, byte[] form) {
        Page sim = openPage(contextOptions());
        sim.navigate(SIM.url() + "/cong-dan");
        assertAccessible(sim);
        sim.getByLabel("Thủ tục hành chính của tỉnh").selectOption("1.001193");
        sim.getByRole(AriaRole.BUTTON, named("Tiếp tục")).click();
        assertThat(sim.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Thủ tục đăng ký khai sinh");
        sim.getByLabel("Họ và tên").fill(name);
        sim.getByLabel("Số định danh cá nhân (VNeID)").fill(vneid);
        sim.getByLabel("Số điện thoại").fill("0983 456 789");
        sim.getByLabel("Trích yếu").fill("Đăng ký khai sinh cho con thứ hai");
        sim.locator("#tep-TP1").setInputFiles(new FilePayload("to-khai.pdf", "application/pdf", form));
        sim.getByRole(AriaRole.BUTTON, named("Nộp hồ sơ")).click();
        sim.waitForURL(Pattern.compile(".*/cong-dan/ho-so/.*"));
        assertThat(sim.getByRole(AriaRole.STATUS)).containsText("Cổng Dịch vụ công của tỉnh đã tiếp nhận");
        // received (2) when the answer was written; processing may have started since (4)
        assertThat(sim.locator("#trang-thai")).hasText(Pattern.compile("^[24]$"));
        assertThat(sim.locator("#ma-ho-so-tinh")).not().isEmpty();
        assertAccessible(sim);
        String nationalId = sim.locator("#ma-ho-so").textContent().strip();
        sim.context().close();
        return nationalId;
    }

    /** What the simulator recorded of the filing itself (service NopHoSo), in order. */
    private static List<JsonNode> filings(String nationalId) {
        List<JsonNode> pushes = new ArrayList<>();
        SIM.received(nationalId).forEach(e -> {
            if ("NopHoSo".equals(e.path("service").asString())) {
                pushes.add(e);
            }
        });
        return pushes;
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n" + "x".repeat(2_000) + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDossierFiledOnTheSimulatorsPageIsReceivedWithItsIdentityAndItsFilesByLink() {
        // the page refuses what the National Portal would refuse, and says so accessibly
        Page sim = openPage(contextOptions());
        sim.navigate(SIM.url() + "/cong-dan/nop?thuTuc=1.001193");
        sim.getByRole(AriaRole.BUTTON, named("Nộp hồ sơ")).click();
        assertThat(sim.getByRole(AriaRole.ALERT)).containsText("Số định danh cá nhân (VNeID) gồm 12 chữ số.");
        assertThat(sim.getByLabel("Họ và tên")).hasAttribute("aria-invalid", "true");
        assertAccessible(sim);
        sim.context().close();

        byte[] form = pdf("tờ khai của " + UUID.randomUUID());
        String nationalId = fileOnTheSimulator("Trần Thị Mai", "015190004321", form);

        UUID dossier = jdbc.sql("SELECT id FROM dossier WHERE external_id = :id").param("id", nationalId)
                .query(UUID.class).single();
        // received on arrival (national status 2, channel 4: the National Portal); processing starts right after
        assertThat(jdbc.sql("SELECT channel FROM dossier WHERE id = :id AND received_at IS NOT NULL")
                .param("id", dossier).query(Integer.class).single()).isEqualTo(4);
        var receipt = dossiers.history(dossier).getFirst();
        assertThat(receipt.action()).isEqualTo("RECEIVE");
        assertThat(receipt.to().nationalCode()).isEqualTo(2);
        assertThat(receipt.actor()).isEqualTo("national-portal");
        assertThat(jdbc.sql("""
                        SELECT identity_last4 || '|' || identity_level || '|' || field_code
                        FROM dossier_national_filing WHERE dossier_id = :id""")
                .param("id", dossier).query(String.class).single()).isEqualTo("4321|2|G13-TP06");
        var files = dossiers.files(dossier);
        assertThat(files).extracting(f -> f.componentCode()).contains("TP1", "TP2", "TP6");
        var tp1 = files.stream().filter(f -> f.componentCode().equals("TP1")).findFirst().orElseThrow();
        assertThat(dossiers.fileContent(dossier, tp1.id())).hasValueSatisfying(c -> assertThat(c).isEqualTo(form));
        // the pushes of the filing (the sync also records the dossier's statuses under the national id)
        List<JsonNode> pushed = filings(nationalId);
        assertThat(pushed).hasSize(1);
        assertThat(pushed.get(0).get("service").asString()).isEqualTo("NopHoSo");
        assertThat(pushed.get(0).get("message").get("TaiLieuNop").get(0).get("DuongDanTaiTepTin").asString())
                .startsWith(SIM.url() + "/sim/files/");
    }

    @Test
    void aDossierDeliveredTwiceIsOneDossier() {
        SIM.faults("{\"duplicateDeliveries\":1}");
        String nationalId = fileOnTheSimulator("Lò Văn Sáng", "015088007654", pdf("trùng"));
        assertThat(filings(nationalId)).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE external_id = :id").param("id", nationalId)
                .query(Integer.class).single()).isOne();
        Page sim = openPage(contextOptions());
        sim.navigate(SIM.url() + "/cong-dan/ho-so/" + nationalId);
        assertThat(sim.locator("#so-lan-gui")).hasText("2");
        assertThat(sim.locator("table tbody tr")).hasCount(2);
        assertAccessible(sim);
        sim.context().close();
    }

    @Test
    void aFileLinkToAHostThatIsNotTheNationalPortalsIsRefusedAndNothingIsStored() throws Exception {
        String id = "G22.99.90-" + UUID.randomUUID();
        String body = """
                {"MaHoSo":"%s","MaTTHC":"1.001193","ChuHoSo":"Hà Văn Khánh","SoDinhDanh":"015090001111",
                 "MucDoDinhDanh":"2","SoDienThoai":"0912000111","TrichYeuHoSo":"Đăng ký khai sinh",
                 "TaiLieuNop":[{"TenTepDinhKem":"giay-chung-sinh.pdf","MaThanhPhanHoSo":"TP2","DuongDanTaiTepTin":"https://tep.example.org/a.pdf"},
                  {"TenTepDinhKem":"to-khai.pdf","MaThanhPhanHoSo":"TP1","DuongDanTaiTepTin":"%s/sim/files/x"},
                  {"TenTepDinhKem":"cccd.pdf","MaThanhPhanHoSo":"TP6","DuongDanTaiTepTin":"%s/sim/files/y"}]}
                """.formatted(id, SIM.url(), SIM.url());
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/v1/national-portal/dossiers")))
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"parameter\":\"TaiLieuNop[0].DuongDanTaiTepTin\"").contains("fileLinkHost")
                .doesNotContain("015090001111");
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE external_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aQuestionFromTheNationalPortalIsHandledOnceAndItsAnswerGoesBackOnce() {
        Page sim = openPage(contextOptions());
        sim.navigate(SIM.url() + "/cong-dan/hoi-dap");
        assertAccessible(sim);
        sim.getByLabel("Họ và tên người hỏi").fill("Đặng Văn Tùng");
        sim.getByLabel("Cơ quan nhận câu hỏi").selectOption("000.00.15.H63");
        sim.getByLabel("Mã lĩnh vực").fill("G13-TP06");
        String text = "Con tôi sinh ở Hà Nội, tôi đăng ký khai sinh cho cháu ở Yên Bái được không? (" + UUID.randomUUID() + ")";
        sim.getByLabel("Nội dung câu hỏi").fill(text);
        sim.getByRole(AriaRole.BUTTON, named("Gửi câu hỏi")).click();
        assertThat(sim.locator("#da-gui")).containsText("Đã gửi câu hỏi");
        String hoidapId = sim.locator("#da-gui strong").textContent().strip();

        // pulled twice (the simulator hands over every question not yet answered): one item
        assertThat(pull.pull().taken()).isEqualTo(1);
        QuestionPull.Result again = pull.pull();
        assertThat(again.taken()).isZero();
        assertThat(again.known()).isEqualTo(1);
        // the scheduled pull runs under its ShedLock lock, one node at a time, and takes nothing new
        pull.scheduled();
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'integration.questions-pull'")
                .query(Integer.class).single()).isOne();
        UUID item = jdbc.sql("SELECT question_id FROM feedback_national_question WHERE external_id = :id")
                .param("id", hoidapId).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT stage || '|' || origin || '|' || body FROM feedback_question WHERE id = :id")
                .param("id", item).query(String.class).single()).isEqualTo("SUBMITTED|NATIONAL_PORTAL|" + text);

        // the Centre sees where it came from and forwards it; Sở Tư pháp answers; the leader approves
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/can-bo/hoi-dap"));
        assertThat(centre.locator("table.feedback-board")).containsText(text.substring(0, 40));
        centre.navigate(url("/can-bo/hoi-dap/" + item));
        assertThat(centre.locator("section.asker")).containsText("Câu hỏi gửi từ Cổng Dịch vụ công quốc gia");
        assertThat(centre.locator("section.asker")).containsText(hoidapId);
        assertAccessible(centre);
        centre.getByLabel("Cơ quan có thẩm quyền trả lời").selectOption("000.00.15.H63");
        centre.getByRole(AriaRole.BUTTON, named("Chuyển xử lý")).click();
        assertThat(centre.locator("dd.stage")).hasText("Cơ quan đang trả lời");

        Page specialist = signedIn("demo.specialist", properties.demoPassword());
        specialist.navigate(url("/can-bo/hoi-dap/" + item));
        specialist.getByLabel("Chức vụ").fill("Chuyên viên Phòng Hành chính tư pháp");
        specialist.getByLabel("Điện thoại").fill("0216 3862 364");
        String answerText = "Được. Ông đăng ký khai sinh tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ.";
        specialist.getByLabel("Nội dung trả lời").fill(answerText);
        var first = specialist.locator("fieldset", new Page.LocatorOptions().setHasText("Văn bản căn cứ 1"));
        first.getByLabel("Số, ký hiệu văn bản").fill("123/2015/NĐ-CP");
        first.getByLabel("Ngày ban hành").fill("2015-11-15");
        first.getByLabel("Cơ quan ban hành").fill("Chính phủ");
        first.getByLabel("Trích yếu").fill("Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch");
        specialist.getByRole(AriaRole.BUTTON, named("Trình lãnh đạo duyệt")).click();
        assertThat(specialist.locator("dd.stage")).hasText("Chờ lãnh đạo duyệt");

        Page leader = signedIn("demo.leader", properties.demoPassword());
        leader.navigate(url("/can-bo/hoi-dap/" + item));
        leader.getByRole(AriaRole.BUTTON, named("Duyệt và gửi trả lời")).click();
        assertThat(leader.locator("dd.stage")).hasText("Đã trả lời");

        // the answer is in the outbox once, and reaches the simulator once however often the worker runs
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM integration_answer_outbox WHERE question_id = :id").param("id", item)
                .query(Integer.class).single() == 1);
        delivery.deliverDue();
        delivery.deliverDue();
        await().atMost(Duration.ofSeconds(20)).until(() -> answersAtTheSimulator(hoidapId).size() == 1);
        delivery.deliverDue();
        List<JsonNode> answers = answersAtTheSimulator(hoidapId);
        assertThat(answers).hasSize(1);
        JsonNode answer = answers.getFirst();
        assertThat(answer.get("MADONVI").asString()).isEqualTo("000.00.15.H63");
        assertThat(answer.get("CHUCVUNGUOITRALOI").asString()).isEqualTo("Chuyên viên Phòng Hành chính tư pháp");
        assertThat(answer.get("NGAYTRALOI").asString()).matches("[0-9]{14}");
        assertThat(answer.get("NOIDUNGTRALOI").asString()).startsWith(answerText).contains("123/2015/NĐ-CP");
        assertThat(jdbc.sql("SELECT status FROM integration_answer_outbox WHERE question_id = :id").param("id", item)
                .query(String.class).single()).isEqualTo("SENT");
        assertThat(SIM.received(hoidapId)).hasSize(1);

        sim.navigate(SIM.url() + "/cong-dan/hoi-dap");
        assertThat(sim.locator("#cau-hoi-" + hoidapId)).containsText(answerText);
        assertAccessible(sim);

        // the Centre sees the answer went; an agency's officer may not look
        centre.navigate(url(InboundStatusPage.PATH));
        assertThat(centre.locator("table.integration-answers tr", new Page.LocatorOptions().setHasText(hoidapId)))
                .containsText("Đã gửi");
        assertThat(specialist.navigate(url(InboundStatusPage.PATH)).status()).isEqualTo(403);
    }

    private List<JsonNode> answersAtTheSimulator(String hoidapId) {
        List<JsonNode> answers = new ArrayList<>();
        for (JsonNode question : SIM.get("/sim/questions")) {
            if (question.get("HOIDAPID").asString().equals(hoidapId)) {
                question.get("answers").forEach(answers::add);
            }
        }
        return answers;
    }

    @Test
    void aMonthsRatingsAreSentOnceWithTheRightPercentages() {
        try {
            clock.set(Instant.parse("2031-03-10T03:00:00Z"));
            String justice = "000.00.15.H63";
            ratings.rate(UUID.randomUUID(), UUID.randomUUID(), justice, "1.001193", DossierRatings.Level.VERY_SATISFIED,
                    "Nhanh, gọi 0912 345 678 là được trả lời.");
            ratings.rate(UUID.randomUUID(), UUID.randomUUID(), justice, "1.001193", DossierRatings.Level.VERY_SATISFIED,
                    null);
            ratings.rate(UUID.randomUUID(), UUID.randomUUID(), justice, "1.001193", DossierRatings.Level.NOT_SATISFIED,
                    "Phải bổ sung hai lần.");
            ratings.rate(UUID.randomUUID(), UUID.randomUUID(), justice, "2.000908", DossierRatings.Level.SATISFIED, null);
            // a rating of the next month is not in March's summary
            clock.set(Instant.parse("2031-03-31T17:30:00Z"));
            ratings.rate(UUID.randomUUID(), UUID.randomUUID(), justice, "1.001193", DossierRatings.Level.SATISFIED, null);

            assertThat(summary.previousMonth()).isEqualTo(YearMonth.of(2031, 3));
            assertThat(summary.send(YearMonth.of(2031, 3))).isEqualTo(RatingsSummary.Outcome.SENT);
            assertThat(summary.send(YearMonth.of(2031, 3))).isEqualTo(RatingsSummary.Outcome.ALREADY_DONE);
            assertThat(summary.retryDue()).isEmpty();
            summary.monthly();
            assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'integration.ratings-summary'")
                    .query(Integer.class).single()).isOne();
        } finally {
            clock.reset();
        }
        JsonNode receipts = SIM.get("/sim/ratings").get("3-2031");
        assertThat(receipts).hasSize(1);
        JsonNode birth = null;
        for (JsonNode line : receipts.get(0).get("lines")) {
            if (line.get("MaThuTuc").asString().equals("1.001193")) {
                birth = line;
            }
        }
        assertThat(receipts.get(0).get("lines")).hasSize(2);
        assertThat(birth).isNotNull();
        assertThat(birth.get("NgayTongHop").asString()).isEqualTo("3-2031");
        assertThat(birth.get("TongSoNguoiDanhGia").asInt()).isEqualTo(3);
        assertThat(birth.get("PhanTramDanhGiaRatHaiLong").asString()).isEqualTo("67%");
        assertThat(birth.get("PhanTramDanhGiaHaiLong").asString()).isEqualTo("0%");
        assertThat(birth.get("PhanTramDanhGiaChuaHaiLong").asString()).isEqualTo("33%");
        assertThat(birth.get("PhanTramDanhGiaDichVu").get("RatHaiLong").asString()).isEqualTo("67%");
        assertThat(birth.get("Madonvi").asString()).isEqualTo("000.00.15.H63");
        assertThat(birth.get("TenDonVi").asString()).contains("Tư pháp");
        assertThat(birth.get("NoiDung").asString()).contains("Thủ tục đăng ký khai sinh");
        assertThat(birth.get("DanhSachNoiDungYKien").toString()).contains("Phải bổ sung hai lần.")
                .doesNotContain("0912 345 678");
        assertThat(jdbc.sql("SELECT status || '|' || lines FROM integration_ratings_month WHERE month = '2031-03-01'")
                .query(String.class).single()).isEqualTo("SENT|2");

        // a person at the Centre sees when the month was sent
        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url(InboundStatusPage.PATH));
        assertThat(centre.locator("table.integration-months tr", new Page.LocatorOptions().setHasText("3/2031")))
                .containsText("Đã gửi");
        assertAccessible(centre);
    }
}
