package vn.dvc.portal.integration.internal.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.HistoryDetail;
import vn.dvc.portal.integration.internal.client.NationalStatusCodes;

/**
 * Outbound sync with an exactly-once effect against the National Portal simulator as a process (#15 item 2, INT-1,
 * OPS-1): a dossier received at the desk, processed and returned shows every event once, in order, with our status
 * at each point; the simulator down while 50 dossiers move through several steps, then back: everything delivered
 * once and in order; three 5xx then success: one effect; an expired session: refreshed, nothing lost; a time-out
 * after the effect, of a record and of a progress entry: looked up, not sent again; a dossier filed on the National
 * Portal also gets its collapsed statuses; the ledger commits and rolls back with the history entry.
 */
class OutboundSyncIT extends NationalSyncTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aDossierReceivedAtTheDeskProcessedAndReturnedShowsEveryEventOnceInOrderWithOurStatus() throws Exception {
        UUID id = received("Hoàng Văn Nam");
        forwardAsDesk(id, "Hồ sơ đầy đủ");
        forwardAsSpecialist(id, "Đủ điều kiện đăng ký lại");
        approveAsLeader(id);
        returnAsDesk(id);
        drain();

        assertThat(dossiers.history(id)).extracting(DossierHistoryEntry::action)
                .containsExactly("RECEIVE", "START_PROCESSING", "FORWARD", "FORWARD", "ISSUE_RESULT", "RETURN_RESULT");
        assertEveryEventOnceInOrder(id);
        List<JsonNode> accepted = accepted(code(id));
        JsonNode lastRecord = accepted.get(accepted.size() - 2).path("message").path("data").path(0);
        assertThat(lastRecord.path("TrangThaiHoSo").asString()).isEqualTo("10");
        assertThat(lastRecord.path("NgayTra").asString()).matches("\\d{14}");
        assertThat(lastRecord.path("DanhSachGiayToKetQua")).hasSize(1);
        assertThat(lastRecord.path("MaTTHC").asString()).isEqualTo(PROCEDURE);
        assertThat(accepted.get(5).path("message").path("data").path(0).path("NoiDungXuLy").asString())
                .isEqualTo("Chuyển bước xử lý-Hồ sơ đầy đủ");
        assertThat(messages(id)).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(OutboundMessage.State.DELIVERED);
            assertThat(m.attempts()).isEqualTo(1);
        });
    }

    @Test
    void theSimulatorDownWhileFiftyDossiersMoveThenBackDeliversEveryMessageOnceInOrder() {
        SIM.faults("{\"down\": true}");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(received("Người nộp " + i));
        }
        for (UUID id : ids) {
            forwardAsDesk(id, "");
        }
        for (UUID id : ids) {
            forwardAsSpecialist(id, "Đủ điều kiện");
        }
        worker.deliverDue();
        for (UUID id : ids) {
            assertThat(messages(id)).hasSize(8).allSatisfy(m -> assertThat(m.state())
                    .isEqualTo(OutboundMessage.State.PENDING));
        }
        assertThat(messages(ids.getFirst()).getFirst().attempts()).as("tried while down").isPositive();
        // only each dossier's first message is due (or backing off); the others wait for it
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM (SELECT dossier_id FROM integration_outbound_message
                                              WHERE state = 'PENDING' AND next_attempt_at < 'infinity'
                                              GROUP BY dossier_id HAVING count(*) > 1) more""")
                .query(Long.class).single()).isZero();
        // the backlog and the lag are metrics
        String metrics = prometheus();
        assertThat(gauge(metrics, "dvc_national_portal_outbound_backlog_messages")).isGreaterThanOrEqualTo(400);
        assertThat(gauge(metrics, "dvc_national_portal_outbound_lag_seconds")).isPositive();
        assertThat(metrics).contains("dvc_national_portal_outbound_dead_messages");

        SIM.faults("{\"down\": false}");
        drain();
        for (UUID id : ids) {
            assertEveryEventOnceInOrder(id);
            assertThat(messages(id)).allSatisfy(m -> assertThat(m.state()).isEqualTo(OutboundMessage.State.DELIVERED));
        }
        sleep(SyncStatus.FRESH_SECONDS * 1000L);
        assertThat(gauge(prometheus(), "dvc_national_portal_outbound_lag_seconds")).isZero();
    }

    private String prometheus() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static double gauge(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among the metrics"));
    }

    @Test
    void threeServerErrorsThenSuccessHaveOneEffect() {
        UUID id = received("Đỗ Thị Lan");
        drain();
        SIM.faults("{\"serverErrors\": 3}");
        forwardAsDesk(id, "Chuyển thẩm định");
        drain();

        OutboundMessage record = messages(id).get(4);
        assertThat(record.service()).isEqualTo("DongBoHoSoMC");
        assertThat(record.attempts()).isEqualTo(4);
        assertThat(record.state()).isEqualTo(OutboundMessage.State.DELIVERED);
        assertEveryEventOnceInOrder(id);
    }

    @Test
    void anExpiredSessionIsRefreshedAndNoMessageIsLost() {
        UUID id = received("Vũ Văn Khánh");
        drain();
        SIM.faults("{\"expireSessions\": true}");
        forwardAsDesk(id, "");
        forwardAsSpecialist(id, "");
        drain();

        assertThat(messages(id)).hasSize(8).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(OutboundMessage.State.DELIVERED);
            assertThat(m.attempts()).isEqualTo(1);
        });
        assertEveryEventOnceInOrder(id);
    }

    @Test
    void aRecordThatTimedOutAfterTakingEffectIsLookedUpAndNotSentAgain() {
        UUID id = received("Lương Thị Hoa");
        drain();
        SIM.faults("{\"timeouts\": 1, \"timeoutMs\": 2500, \"service\": \"DongBoHoSoMC\"}");
        forwardAsDesk(id, "Chuyển thẩm định");
        drain();

        OutboundMessage record = messages(id).get(4);
        assertThat(record.service()).isEqualTo("DongBoHoSoMC");
        assertThat(record.attempts()).isEqualTo(2);
        assertThat(record.confirmedByLookup()).isTrue();
        assertEveryEventOnceInOrder(id);
    }

    @Test
    void aProgressEntryThatTimedOutAfterTakingEffectIsLookedUpAndNotSentAgain() {
        UUID id = received("Trịnh Văn Lực");
        drain();
        SIM.faults("{\"timeouts\": 1, \"timeoutMs\": 2500, \"service\": \"CapNhatTienDoHoSoMC\"}");
        forwardAsDesk(id, "Chuyển thẩm định");
        drain();

        OutboundMessage progress = messages(id).get(5);
        assertThat(progress.service()).isEqualTo("CapNhatTienDoHoSoMC");
        assertThat(progress.attempts()).isEqualTo(2);
        assertThat(progress.confirmedByLookup()).isTrue();
        assertEveryEventOnceInOrder(id);
    }

    @Test
    void aDossierFiledOnTheNationalPortalAlsoGetsItsCollapsedStatuses() throws Exception {
        String nationalId = "G22.99-" + UUID.randomUUID();
        UUID id = filedOnTheNationalPortal(nationalId);
        drain();

        List<DossierHistoryEntry> history = dossiers.history(id);
        List<JsonNode> accepted = accepted(code(id));
        assertThat(accepted).hasSize(3 * history.size());
        for (int i = 0; i < history.size(); i++) {
            JsonNode status = accepted.get(3 * i + 2);
            assertThat(status.path("service").asString()).isEqualTo("DongBoTrangThaiHoSo");
            JsonNode data = status.path("message").path("data");
            assertThat(data.path("MaHoSo").asString()).isEqualTo(nationalId);
            assertThat(data.path("MaHoSoDonVi").asString()).isEqualTo(code(id));
            assertThat(data.path("TrangThai").asString())
                    .isEqualTo(String.valueOf(NationalStatusCodes.collapsed(history.get(i).to())));
        }
        assertThat(known(code(id)).path("statuses").asInt()).isEqualTo(history.size());
        // the simulator also records them under the national id
        assertThat(accepted(nationalId)).hasSize(history.size());
    }

    @Test
    void theMessagesCommitAndRollBackWithTheirHistoryEntry() {
        UUID id = received("Tạ Văn Hưng");
        drain();
        int before = messages(id).size();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            dossiers.record(id, "COMMENT", HistoryDetail.note("Ý kiến sẽ bị huỷ"));
            assertThat(messages(id)).as("written in the entry's transaction").hasSize(before + 2);
            status.setRollbackOnly();
        });
        assertThat(messages(id)).hasSize(before);
        assertThat(dossiers.history(id)).extracting(DossierHistoryEntry::action).doesNotContain("COMMENT");

        dossiers.record(id, "COMMENT", HistoryDetail.note("Ý kiến được giữ"));
        assertThat(messages(id)).hasSize(before + 2);
        drain();
        assertEveryEventOnceInOrder(id);
    }

    private UUID filedOnTheNationalPortal(String nationalId) throws Exception {
        String file = Base64.getEncoder().encodeToString(NationalSyncTest.pdf());
        String body = """
                {"MaHoSo":"%s","MaTTHC":"1.001193","ChuHoSo":"Nguyễn Thị Vân","SoGiayToChuHoSo":"015190001234",
                 "LoaiDoiTuong":1,"DiaChi":"Tổ 3, phường Đồng Tâm","SoDienThoai":"0912345678","Email":"van@example.com",
                 "KenhThucHien":2,"TrichYeuHoSo":"Đăng ký khai sinh cho con",
                 "TaiLieuNop":[{"TepDinhKemId":"1","TenTepDinhKem":"to-khai.pdf","MaThanhPhanHoSo":"TP1","NoiDungTep":"%s"},
                  {"TepDinhKemId":"2","TenTepDinhKem":"giay-chung-sinh.pdf","MaThanhPhanHoSo":"TP2","NoiDungTep":"%s"},
                  {"TepDinhKemId":"3","TenTepDinhKem":"giay-to-tuy-than.pdf","MaThanhPhanHoSo":"TP6","NoiDungTep":"%s"}]}
                """.formatted(nationalId, file, file, file);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/national-portal/dossiers"))
                .header("Content-Type", "application/json").header("X-Api-Key", vn.dvc.portal.platform.NationalSim.API_KEY)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JsonMapper.builder().build().readTree(response.body()).get("dossierId").asString());
    }
}
