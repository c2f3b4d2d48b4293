package vn.dvc.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulated adapter refuses what the national side refuses and counts the defects it would suffer (INT-1). */
@SpringBootTest
@AutoConfigureMockMvc
class AdapterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    NationalDossiers dossiers;
    @Autowired
    ReceivedLog received;
    @Autowired
    Faults faults;

    private String session;

    @BeforeEach
    void signIn() throws Exception {
        dossiers.clear();
        received.clear();
        faults.clear();
        session = post("/adapter/auth", "{\"username\":\"dvc-tinh\",\"password\":\"dvcqg-sim-2026\"}").path("session").asString();
        assertThat(session).isNotBlank();
    }

    private JsonNode post(String path, String body) throws Exception {
        String answer = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .header("dstcode", "H63").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(answer);
    }

    private JsonNode call(String service, String fields) throws Exception {
        return post("/adapter/integration", "{\"session\":\"" + session + "\",\"madonvi\":\"000.00.00.H63\",\"service\":\""
                + service + "\"," + fields + "}");
    }

    private static String dossier(String code, int status) {
        return "{\"MaHoSo\":\"" + code + "\",\"MaTTHC\":\"1.001234\",\"TenTTHC\":\"Cấp bản sao\",\"ChuHoSo\":\"Nguyễn Văn A\","
                + "\"LoaiDoiTuong\":\"1\",\"TrichYeuHoSo\":\"Xin cấp bản sao\",\"NgayTiepNhan\":\"20261208083000\","
                + "\"NgayHenTra\":\"20261210170000\",\"TrangThaiHoSo\":\"" + status + "\",\"NgayTra\":\"\",\"HinhThuc\":\"0\","
                + "\"DonViXuLy\":\"000.00.15.H63\"}";
    }

    @Test
    void wrongCredentialsGetNoSessionAndAnUnknownSessionIsRefusedWithCode2() throws Exception {
        assertThat(post("/adapter/auth", "{\"username\":\"dvc-tinh\",\"password\":\"x\"}").path("error_code").asInt()).isEqualTo(1);
        session = "nope";
        assertThat(call("TraCuuHoSo", "\"mahoso\":\"A\"").path("error_code").asInt()).isEqualTo(2);
    }

    @Test
    void aSecondCreationIsCountedAsADuplicateButAnUpdateIsNot() throws Exception {
        assertThat(call("DongBoHoSoMC", "\"isUpdating\":\"False\",\"data\":[" + dossier("A", 2) + "]").path("error_code").asInt()).isZero();
        call("DongBoHoSoMC", "\"isUpdating\":\"True\",\"data\":[" + dossier("A", 4) + "]");
        assertThat(dossiers.find("A").orElseThrow().creations()).isEqualTo(1);
        call("DongBoHoSoMC", "\"isUpdating\":\"False\",\"data\":[" + dossier("A", 4) + "]");
        assertThat(dossiers.find("A").orElseThrow().creations()).isEqualTo(2);
        assertThat(received.find("A")).hasSize(3);
    }

    @Test
    void nullsBadDatesAndUncollapsedCodesAreRefused() throws Exception {
        assertThat(call("DongBoHoSoMC", "\"isUpdating\":\"False\",\"data\":[" + dossier("A", 2)
                .replace("\"NgayTiepNhan\":\"20261208083000\"", "\"NgayTiepNhan\":\"08/12/2026 08:30\"") + "]")
                .path("message").asString()).contains("NgayTiepNhan");
        call("DongBoHoSoMC", "\"isUpdating\":\"False\",\"data\":[" + dossier("A", 2) + "]");
        assertThat(call("CapNhatTienDoHoSoMC", "\"data\":[{\"MaHoSo\":\"A\",\"NguoiXuLy\":\"x\",\"ThoiDiemXuLy\":"
                + "\"20261208091500\",\"NoiDungXuLy\":null,\"TrangThai\":\"4\"}]").path("error_code").asInt()).isEqualTo(1);
        assertThat(call("DongBoTrangThaiHoSo", "\"type\":\"2\",\"data\":{\"MaHoSo\":\"N1\",\"MaHoSoDonVi\":\"A\","
                + "\"NoiDung\":\"Đang xử lý\",\"NgayXuLy\":\"20261208091500\",\"TrangThai\":\"4\"}").path("message").asString())
                .contains("rút gọn");
        assertThat(received.find("A")).hasSize(1);
    }

    @Test
    void faultsDropRefuseAndServerErrorsAreCountedDown() throws Exception {
        faults.set(json.readTree("{\"drop\":1,\"refuse\":[\"B\"]}"));
        assertThat(call("DongBoHoSoMC", "\"isUpdating\":\"False\",\"data\":[" + dossier("A", 2) + "]").path("error_code").asInt()).isZero();
        assertThat(dossiers.find("A")).isEmpty();
        assertThat(call("DongBoHoSoMC", "\"isUpdating\":\"False\",\"data\":[" + dossier("B", 2) + "]").path("error_code").asInt()).isEqualTo(1);
        call("DongBoHoSoMC", "\"isUpdating\":\"False\",\"data\":[" + dossier("A", 2) + "]");
        assertThat(dossiers.find("A")).isPresent();
        faults.set(json.readTree("{\"serverErrors\":1}"));
        int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/adapter/integration")
                .header("dstcode", "H63").contentType(MediaType.APPLICATION_JSON)
                .content("{\"session\":\"" + session + "\",\"service\":\"TraCuuHoSo\",\"mahoso\":\"A\"}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(503);
        assertThat(call("TraCuuHoSo", "\"mahoso\":\"A\"").path("data").path("TrangThaiHoSo").asString()).isEqualTo("2");
    }
}
