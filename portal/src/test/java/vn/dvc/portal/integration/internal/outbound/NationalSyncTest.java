package vn.dvc.portal.integration.internal.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.internal.TestIntake;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.integration.internal.client.NationalPortalDates;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.NationalSim;
import vn.dvc.portal.processing.internal.Act;
import vn.dvc.portal.processing.internal.CaseActions;
import vn.dvc.portal.processing.internal.CaseStore;

/**
 * The whole application pointed at a National Portal simulator of its own, as a process ({@link NationalSim#start()},
 * one per test JVM, stopped when it ends: these tests set faults — down, 5xx, time-outs, refusals — that must not reach
 * other contexts' workers, nor theirs take these tests' faults), with short time-outs and back-off so that faults
 * pass quickly: the one configuration of the sync's tests (they share it, so Spring starts it once). Dossiers move the way the pages move them: the desk's reception
 * ({@link TestIntake}) and the processing runtime ({@link CaseActions}) as the demo officers; procedure 1.004884
 * (đăng ký lại khai sinh), received at the Centre for UBND phường Đồng Tâm. Tests drive the worker
 * ({@link OutboundWorker#deliverDue()}); its wake-ups and poll run as well, as in production.
 */
abstract class NationalSyncTest extends BrowserTest {

    static final String PROCEDURE = "1.004884";
    static final String WARD = "000.21.40.H63";

    static final NationalSim SIM = ownSimulator();

    private static NationalSim ownSimulator() {
        NationalSim sim = NationalSim.start();
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "stop-sync-national-sim"));
        return sim;
    }

    @DynamicPropertySource
    static void nationalPortal(DynamicPropertyRegistry registry) {
        SIM.portalProperties(registry);
        registry.add("dvc.national-portal.read-timeout", () -> "1500ms");
        registry.add("dvc.national-portal.sync.interval", () -> "2s");
        registry.add("dvc.national-portal.sync.backoff", () -> "100ms");
        registry.add("dvc.national-portal.sync.backoff-max", () -> "400ms");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Dossiers dossiers;
    @Autowired
    CaseActions actions;
    @Autowired
    CaseStore cases;
    @Autowired
    OutboundWorker worker;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void simulatorWithoutFaults() {
        SIM.clearFaults();
        drain();
    }

    @AfterEach
    void clearFaultsAndSignOut() {
        SIM.clearFaults();
        SecurityContextHolder.clearContext();
    }

    /** A walk-in received at the Centre's desk and started on its process (2 history entries). */
    UUID received(String applicant) {
        UUID id = TestIntake.receiveWalkIn(context, PROCEDURE, applicant);
        actions.start(id); // idempotent: the DossierReceived listener may have started it already
        return id;
    }

    String code(UUID id) {
        return dossiers.find(id).orElseThrow().code();
    }

    void forwardAsDesk(UUID id, String comment) {
        act(id, "demo.desk", Role.DESK, TestIntake.CENTRE, TestIntake.PROVINCE, new Act.Forward(comment, null));
    }

    void forwardAsSpecialist(UUID id, String comment) {
        act(id, "demo.ward.specialist", Role.SPECIALIST, WARD, null, new Act.Forward(comment, null));
    }

    void approveAsLeader(UUID id) throws Exception {
        act(id, "demo.ward.leader", Role.LEADER, WARD, null,
                new Act.Approve("Đồng ý", new Act.Upload("giay-khai-sinh.pdf", "application/pdf", pdf())));
    }

    void returnAsDesk(UUID id) {
        act(id, "demo.desk", Role.DESK, TestIntake.CENTRE, TestIntake.PROVINCE,
                new Act.ReturnResult("DESK", "Công dân đã nhận kết quả"));
    }

    void act(UUID id, String name, Role role, String agency, String scope, Act act) {
        SignedInUser user = new SignedInUser(UUID.nameUUIDFromBytes(("dvc-demo:" + name).getBytes()), name,
                "Cán bộ " + name, AccountKind.OFFICER, Set.of(role), AssuranceLevel.VERIFIED_BY_CODE, agency, scope);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            actions.act(id, cases.find(id).orElseThrow().rowVersion(), act);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Delivers until no message is pending except behind a dead letter (the worker's own rounds run too); fails
     * after 60 s.
     */
    void drain() {
        awaitDelivering(() -> pendingDeliverable() == 0, Duration.ofSeconds(60));
    }

    /** Drives the worker until {@code done} holds. */
    void awaitDelivering(BooleanSupplier done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the sync did not get there within %s", limit).isLessThan(deadline);
            if (worker.deliverDue() == 0) {
                sleep(50);
            }
        }
    }

    long pendingDeliverable() {
        return jdbc.sql("""
                        SELECT count(*) FROM integration_outbound_message p WHERE p.state = 'PENDING'
                          AND NOT EXISTS (SELECT 1 FROM integration_outbound_message d
                                          WHERE d.dossier_id = p.dossier_id AND d.state = 'DEAD')""")
                .query(Long.class).single();
    }

    List<OutboundMessage> messages(UUID id) {
        return ledger.ofDossier(id);
    }

    /** What the simulator accepted for the dossier, in arrival order. */
    List<JsonNode> accepted(String code) {
        List<JsonNode> out = new ArrayList<>();
        SIM.received(code).forEach(out::add);
        return out;
    }

    /** What the simulator knows of the dossier ({@code /sim/dossiers}). */
    JsonNode known(String code) {
        for (JsonNode dossier : SIM.dossiers()) {
            if (dossier.path("mahoso").asString("").equals(code)) {
                return dossier;
            }
        }
        throw new AssertionError("the simulator does not know " + code);
    }

    /**
     * The simulator's record of a province dossier is every history entry once, in order — its record
     * (DongBoHoSoMC, TrangThaiHoSo) then its progress entry (CapNhatTienDoHoSoMC, TrangThai, ThoiDiemXuLy) — with the
     * national status equal to ours at each point; created once (isUpdating "False" first, then "True").
     */
    void assertEveryEventOnceInOrder(UUID id) {
        String code = code(id);
        List<DossierHistoryEntry> history = dossiers.history(id);
        List<JsonNode> accepted = accepted(code);
        assertThat(accepted).as("messages accepted for %s", code).hasSize(2 * history.size());
        for (int i = 0; i < history.size(); i++) {
            DossierHistoryEntry entry = history.get(i);
            String status = String.valueOf(entry.to().nationalCode());
            JsonNode record = accepted.get(2 * i);
            JsonNode progress = accepted.get(2 * i + 1);
            assertThat(record.path("service").asString()).as("%s entry %d", code, i).isEqualTo("DongBoHoSoMC");
            assertThat(record.path("message").path("data").path(0).path("TrangThaiHoSo").asString())
                    .as("%s entry %d (%s) record status", code, i, entry.action()).isEqualTo(status);
            assertThat(record.path("message").path("isUpdating").asString()).isEqualTo(i == 0 ? "False" : "True");
            assertThat(progress.path("service").asString()).isEqualTo("CapNhatTienDoHoSoMC");
            JsonNode p = progress.path("message").path("data").path(0);
            assertThat(p.path("TrangThai").asString()).as("%s entry %d (%s) progress status", code, i, entry.action())
                    .isEqualTo(status);
            assertThat(p.path("ThoiDiemXuLy").asString()).isEqualTo(NationalPortalDates.format(entry.at()));
            assertThat(p.path("NoiDungXuLy").asString()).isNotBlank();
        }
        JsonNode known = known(code);
        assertThat(known.path("creations").asInt()).isEqualTo(1);
        assertThat(known.path("duplicateProgress").asInt()).isZero();
        assertThat(known.path("progress").asInt()).isEqualTo(history.size());
        assertThat(known.path("status").asInt()).isEqualTo(history.getLast().to().nationalCode());
    }

    static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
