package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.identity.NationalIdentityLinked;

/**
 * Dossiers filed at the National Portal with their files by link and the applicant's VNeID identity (INT-1,
 * DOS-1): the files are fetched from the National Portal's file host and stored exactly as served; a link elsewhere
 * refuses the whole dossier and stores nothing, a file host that fails now answers 503 and stores nothing; the same
 * dossier delivered twice at the same moment is one dossier; the identity is kept (hash, last 4 digits, sealed,
 * level) and the applicant's first national sign-in makes the dossier theirs.
 */
@DossierModuleTest
class NationalPortalLinksTest {

    private static final String VNEID = "001085012345";

    @Autowired
    Procedures procedures;

    @Autowired
    Agencies agencies;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    NationalFilings filings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    private HttpServer fileHost;
    private final AtomicInteger fetches = new AtomicInteger();
    private final byte[] form = DossierFixtures.pdf(3_000);
    private final byte[] certificate = DossierFixtures.pdf(5_000);

    @BeforeEach
    void setUp() throws IOException {
        given(procedures.findPublished("1.001193")).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(agencies.find(anyString())).willAnswer(call -> Optional.of(DossierFixtures.agency(call.getArgument(0))));
        fileHost = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fileHost.createContext("/f/to-khai", exchange -> serve(exchange, 200, form));
        fileHost.createContext("/f/giay-chung-sinh", exchange -> serve(exchange, 200, certificate));
        fileHost.createContext("/f/ban-tri", exchange -> serve(exchange, 503, new byte[0]));
        fileHost.start();
    }

    @AfterEach
    void stopFileHost() {
        fileHost.stop(0);
    }

    private void serve(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body) throws IOException {
        fetches.incrementAndGet();
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private String link(String path) {
        return "http://localhost:" + fileHost.getAddress().getPort() + path;
    }

    private String message(String id, String secondLink) {
        return """
                {"MaHoSo":"%s","MaTTHC":"1.001193","MaLinhVuc":"G13-TP06","ChuHoSo":"Trần Văn Minh","LoaiDoiTuong":"1",
                 "MaDoiTuong":"CD-77","SoDinhDanh":"%s","MucDoDinhDanh":"2","SoDienThoai":"0983456789",
                 "TrichYeuHoSo":"Đăng ký khai sinh cho con","NgayTiepNhan":"20261207091500","HinhThuc":"0",
                 "DonViXuLy":"%s","DanhSachLePhi":[{"MaLePhi":"LP-KS-01","SoTien":0}],
                 "TaiLieuNop":[{"TepDinhKemId":"1","TenTepDinhKem":"to-khai.pdf","MaThanhPhanHoSo":"TP1",
                                "DuongDanTaiTepTin":"%s"},
                               {"TepDinhKemId":"2","TenTepDinhKem":"giay-chung-sinh.pdf","MaThanhPhanHoSo":"TP2",
                                "DuongDanTaiTepTin":"%s"}]}
                """.formatted(id, VNEID, DossierFixtures.JUSTICE, link("/f/to-khai"), secondLink);
    }

    private UUID dossierOf(String externalId) {
        return jdbc.sql("SELECT id FROM dossier WHERE external_id = :id").param("id", externalId).query(UUID.class)
                .single();
    }

    @Test
    void linkedFilesAreFetchedAndStoredAsServedWithTheVneidIdentity() throws Exception {
        String id = "G22.99.08-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/national-portal/dossiers").header("X-Api-Key", DossierModuleTest.NATIONAL_PORTAL_API_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(message(id, link("/f/giay-chung-sinh"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nationalStatusCode").value(2))
                .andExpect(jsonPath("$.dossierCode").value(org.hamcrest.Matchers.startsWith(DossierFixtures.JUSTICE + "-")));
        UUID dossier = dossierOf(id);
        List<byte[]> stored = new ArrayList<>();
        dossiers.files(dossier).forEach(f -> stored.add(dossiers.fileContent(dossier, f.id()).orElseThrow()));
        assertThat(stored).hasSize(2).anySatisfy(c -> assertThat(c).isEqualTo(form))
                .anySatisfy(c -> assertThat(c).isEqualTo(certificate));
        assertThat(jdbc.sql("SELECT sha256 FROM dossier_file WHERE dossier_id = :id ORDER BY component_code")
                .param("id", dossier).query(String.class).list())
                .containsExactly(sha256(form), sha256(certificate));

        assertThat(jdbc.sql("""
                        SELECT identity_last4 || '|' || identity_level || '|' || field_code || '|' || form_code || '|'
                            || routed_to || '|' || subject_code || '|' || (fees -> 0 ->> 'MaLePhi') || '|'
                            || to_char(filed_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYYMMDDHH24MISS')
                        FROM dossier_national_filing WHERE dossier_id = :id""")
                .param("id", dossier).query(String.class).single())
                .isEqualTo("2345|2|G13-TP06|0|" + DossierFixtures.JUSTICE + "|CD-77|LP-KS-01|20261207091500");
        assertThat(filings.identity(dossier)).contains(VNEID);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_national_filing WHERE dossier_id = :id AND identity_sealed "
                + "IS NOT NULL AND position(convert_to(:digits, 'UTF8') IN identity_sealed) = 0")
                .param("id", dossier).param("digits", VNEID).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT applicant_id_last4 FROM dossier WHERE id = :id").param("id", dossier)
                .query(String.class).single()).isEqualTo("2345");
    }

    @Test
    void aLinkToAHostNotAllowedOrAFileHostDownStoresNothing() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM dossier").query(Integer.class).single();
        int filesBefore = jdbc.sql("SELECT count(*) FROM dossier_file").query(Integer.class).single();
        mvc.perform(post("/api/v1/national-portal/dossiers").header("X-Api-Key", DossierModuleTest.NATIONAL_PORTAL_API_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(message("G22.99.08-" + UUID.randomUUID(), "https://tep.example.org/giay-chung-sinh.pdf")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.parameter").value("TaiLieuNop[1].DuongDanTaiTepTin"));
        mvc.perform(post("/api/v1/national-portal/dossiers").header("X-Api-Key", DossierModuleTest.NATIONAL_PORTAL_API_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(message("G22.99.08-" + UUID.randomUUID(), link("/f/ban-tri"))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "120"))
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
        assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_file").query(Integer.class).single()).isEqualTo(filesBefore);
    }

    @Test
    void theSameDossierDeliveredSeveralTimesAtOnceIsOneDossier() throws Exception {
        String id = "G22.99.08-" + UUID.randomUUID();
        String body = message(id, link("/f/giay-chung-sinh"));
        int deliveries = 4;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                Callable<Integer> delivery = () -> {
                    start.await();
                    return mvc.perform(post("/api/v1/national-portal/dossiers")
                                    .header("X-Api-Key", DossierModuleTest.NATIONAL_PORTAL_API_KEY)
                                    .contentType(MediaType.APPLICATION_JSON).content(body))
                            .andReturn().getResponse().getStatus();
                };
                answers.add(pool.submit(delivery));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE external_id = :id").param("id", id)
                .query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_file WHERE dossier_id = :id").param("id", dossierOf(id))
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theApplicantsFirstNationalSignInMakesTheirDossiersTheirs() throws Exception {
        String id = "G22.99.08-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/national-portal/dossiers").header("X-Api-Key", DossierModuleTest.NATIONAL_PORTAL_API_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(message(id, link("/f/giay-chung-sinh"))))
                .andExpect(status().isCreated());
        UUID dossier = dossierOf(id);
        assertThat(jdbc.sql("SELECT owner_account FROM dossier WHERE id = :id").param("id", dossier)
                .query(UUID.class).optional()).isEmpty();
        UUID account = UUID.randomUUID();
        transaction.executeWithoutResult(status -> events.publishEvent(
                new NationalIdentityLinked(account, filings.match(VNEID), Instant.now())));
        await().atMost(Duration.ofSeconds(15)).until(() -> account.equals(jdbc.sql(
                "SELECT owner_account FROM dossier WHERE id = :id").param("id", dossier).query(UUID.class).optional()
                .orElse(null)));
        // another person's link takes nothing, and a dossier with an owner keeps it
        UUID other = UUID.randomUUID();
        transaction.executeWithoutResult(status -> events.publishEvent(
                new NationalIdentityLinked(other, filings.match("015195003782"), Instant.now())));
        transaction.executeWithoutResult(status -> events.publishEvent(
                new NationalIdentityLinked(other, filings.match(VNEID), Instant.now())));
        Thread.sleep(1_500);
        assertThat(jdbc.sql("SELECT owner_account FROM dossier WHERE id = :id").param("id", dossier)
                .query(UUID.class).single()).isEqualTo(account);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
