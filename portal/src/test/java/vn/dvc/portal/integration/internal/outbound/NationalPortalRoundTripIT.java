package vn.dvc.portal.integration.internal.outbound;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.integration.internal.client.NationalStatusCodes;
import vn.dvc.portal.platform.NationalSim;

/**
 * The National Portal as the front door, end to end (#15 acceptance 1; INT-1, INT-2, OPS-1): a test person files a
 * dossier on the simulator's citizen page (in a browser); the simulator pushes it to the portal, which receives it;
 * it is processed and its result returned in the portal; and the simulator's record shows every event once, in
 * order, with the national status equal to ours at each point — the record and progress entry of each history entry
 * under our code and, because it came from the National Portal, its collapsed status under the national id.
 */
class NationalPortalRoundTripIT extends NationalSyncTest {

    @Test
    void aDossierFiledOnTheSimulatorsCitizenPageIsReceivedProcessedAndReturnedAndTheNationalPortalSeesEveryStep()
            throws Exception {
        SIM.reset();
        SIM.send("POST", "/sim/portal", "{\"url\":\"http://localhost:" + port + "\",\"apiKey\":\""
                + NationalSim.API_KEY + "\"}");

        // a citizen files on the National Portal (the simulator's page)
        Page sim = openPage(contextOptions());
        sim.navigate(SIM.url() + "/cong-dan");
        sim.getByLabel("Thủ tục hành chính của tỉnh").selectOption(PROCEDURE);
        sim.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();
        sim.getByLabel("Họ và tên").fill("Hà Thị Mai");
        sim.getByLabel("Số định danh cá nhân (VNeID)").fill("015190004321");
        sim.getByLabel("Số điện thoại").fill("0915 222 333");
        sim.getByLabel("Trích yếu").fill("Đăng ký lại khai sinh");
        sim.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
        sim.waitForURL(Pattern.compile(".*/cong-dan/ho-so/.*"));
        assertThat(sim.getByRole(AriaRole.STATUS)).containsText("Cổng Dịch vụ công của tỉnh đã tiếp nhận");
        String nationalId = sim.locator("#ma-ho-so").textContent().strip();
        String code = sim.locator("#ma-ho-so-tinh").textContent().strip();
        assertAccessible(sim);
        sim.context().close();

        // received in the portal under our code, with the National Portal's id
        DossierView dossier = dossiers.findByCode(code).orElseThrow();
        UUID id = dossier.id();
        assertThat(dossier.status().isReceived()).isTrue();

        // processed and returned by the officers
        forwardAsDesk(id, "Hồ sơ đầy đủ");
        forwardAsSpecialist(id, "Đủ điều kiện đăng ký lại");
        approveAsLeader(id);
        returnAsDesk(id);
        drain();

        List<DossierHistoryEntry> history = dossiers.history(id);
        assertThat(history).extracting(DossierHistoryEntry::action)
                .containsSubsequence("RECEIVE", "ISSUE_RESULT", "RETURN_RESULT");
        assertThat(history.getLast().to().nationalCode()).isEqualTo(10);

        // every event once, in order, with our status at each point: record, progress entry, collapsed status
        List<JsonNode> accepted = accepted(code);
        assertThat(accepted).hasSize(3 * history.size());
        for (int i = 0; i < history.size(); i++) {
            DossierHistoryEntry entry = history.get(i);
            String ours = String.valueOf(entry.to().nationalCode());
            assertThat(accepted.get(3 * i).path("service").asString()).isEqualTo("DongBoHoSoMC");
            assertThat(accepted.get(3 * i).path("message").path("data").path(0).path("TrangThaiHoSo").asString())
                    .as("entry %d (%s)", i, entry.action()).isEqualTo(ours);
            assertThat(accepted.get(3 * i + 1).path("service").asString()).isEqualTo("CapNhatTienDoHoSoMC");
            assertThat(accepted.get(3 * i + 1).path("message").path("data").path(0).path("TrangThai").asString())
                    .as("entry %d (%s)", i, entry.action()).isEqualTo(ours);
            JsonNode status = accepted.get(3 * i + 2);
            assertThat(status.path("service").asString()).isEqualTo("DongBoTrangThaiHoSo");
            assertThat(status.path("message").path("data").path("MaHoSo").asString()).isEqualTo(nationalId);
            assertThat(status.path("message").path("data").path("TrangThai").asString())
                    .isEqualTo(String.valueOf(NationalStatusCodes.collapsed(entry.to())));
        }
        JsonNode known = known(code);
        assertThat(known.path("creations").asInt()).isEqualTo(1);
        assertThat(known.path("duplicateProgress").asInt()).isZero();
        assertThat(known.path("status").asInt()).isEqualTo(10);
        // under the national id: the filing the simulator pushed, then each collapsed status
        List<JsonNode> national = accepted(nationalId);
        assertThat(national.getFirst().path("service").asString()).isEqualTo("NopHoSo");
        assertThat(national).hasSize(1 + history.size());
    }
}
