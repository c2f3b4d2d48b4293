package vn.dvc.portal.integration.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.platform.NationalSim;

/** The one client of the National Portal's adapter against the simulator as a process (INT-1, NATIONAL-PORTAL.md §1). */
class NationalPortalClientTest {

    private final NationalSim sim = NationalSim.shared();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private NationalPortalClient client;

    @BeforeEach
    void fresh() {
        sim.reset();
        client = client(Duration.ofSeconds(2));
    }

    @AfterEach
    void clear() {
        sim.clearFaults();
    }

    private NationalPortalClient client(Duration readTimeout) {
        return new NationalPortalClient(new NationalPortalProperties(sim.url(), NationalSim.USER, NationalSim.PASSWORD,
                "H63", "000.00.00.H63", Duration.ofSeconds(2), readTimeout), JsonMapper.builder().build(), meters);
    }

    private ObjectNode lookUp(String code) {
        ObjectNode body = client.body();
        body.put("mahoso", code);
        return body;
    }

    @Test
    void signsInOnceAndCallsAService() {
        JsonNode answer = client.call("TraCuuHoSo", lookUp("000.00.15.H63-261208-0001"));
        assertThat(answer.path("error_code").asInt()).isZero();
        assertThat(answer.get("data").isNull()).isTrue();
        client.call("TraCuuHoSo", lookUp("000.00.15.H63-261208-0001"));
        assertThat(meters.get("dvc.national_portal.calls").tag("outcome", "ok").timer().count()).isEqualTo(2);
    }

    @Test
    void anExpiredSessionIsRefreshedAndTheCallSentOnceMore() {
        client.call("TraCuuHoSo", lookUp("X"));
        sim.faults("{\"expireSessions\": true}");
        JsonNode answer = client.call("TraCuuHoSo", lookUp("X"));
        assertThat(answer.path("error_code").asInt()).isZero();
    }

    @Test
    void aRefusalForGoodCarriesTheNationalMessage() {
        ObjectNode progress = client.body();
        progress.putArray("data").addObject().put("MaHoSo", "X").put("NguoiXuLy", "Cán bộ")
                .put("ThoiDiemXuLy", "20261208091500").putNull("NoiDungXuLy").put("TrangThai", "4");
        assertThatThrownBy(() -> client.call("CapNhatTienDoHoSoMC", progress))
                .isInstanceOfSatisfying(NationalPortalException.Refused.class, refused -> {
                    assertThat(refused.errorCode()).isEqualTo("1");
                    assertThat(refused.getMessage()).contains("NoiDungXuLy");
                });
    }

    @Test
    void aServerErrorOrTheSimulatorDownIsUnavailableAndNotAmbiguous() {
        sim.faults("{\"serverErrors\": 1}");
        assertThatThrownBy(() -> client.call("TraCuuHoSo", lookUp("X")))
                .isInstanceOfSatisfying(NationalPortalException.Unavailable.class,
                        unavailable -> assertThat(unavailable.outcomeUnknown()).isFalse());
        sim.faults("{\"down\": true}");
        assertThatThrownBy(() -> client.call("TraCuuHoSo", lookUp("X")))
                .isInstanceOf(NationalPortalException.Unavailable.class);
        sim.clearFaults();
        assertThat(client.call("TraCuuHoSo", lookUp("X")).path("error_code").asInt()).isZero();
    }

    @Test
    void aTimeOutLeavesTheOutcomeUnknown() {
        NationalPortalClient impatient = client(Duration.ofMillis(500));
        impatient.call("TraCuuHoSo", lookUp("X"));
        sim.faults("{\"timeouts\": 1, \"timeoutMs\": 1500}");
        assertThatThrownBy(() -> impatient.call("TraCuuHoSo", lookUp("X")))
                .isInstanceOfSatisfying(NationalPortalException.Unavailable.class,
                        unavailable -> assertThat(unavailable.outcomeUnknown()).isTrue());
    }
}
