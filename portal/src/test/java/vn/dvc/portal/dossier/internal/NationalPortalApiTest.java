package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedures;

/**
 * The National Portal channel (DOS-1 channel 4): a HoSoDongBoDVC message with inline files is received at
 * once with our dossier code; the same MaHoSo again answers with the same dossier; a wrong or missing key is
 * 401; incomplete or infected messages are 400 and leave nothing.
 */
@DossierModuleTest
class NationalPortalApiTest {

    @Autowired
    Procedures procedures;

    @Autowired
    Agencies agencies;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void catalogue() {
        given(procedures.findPublished("1.001193")).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(agencies.find(anyString())).willAnswer(call -> Optional.of(DossierFixtures.agency(call.getArgument(0))));
    }

    @Test
    void aMessageIsReceivedOnceWithOurCode() throws Exception {
        String id = "G22.99-" + UUID.randomUUID();
        String body = message(id, pdf());
        mvc.perform(post("/api/v1/national-portal/dossiers").header("X-Api-Key", DossierModuleTest.NATIONAL_PORTAL_API_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dossierCode").value(org.hamcrest.Matchers.startsWith(DossierFixtures.JUSTICE + "-")))
                .andExpect(jsonPath("$.externalId").value(id))
                .andExpect(jsonPath("$.nationalStatusCode").value(2));
        mvc.perform(post("/api/v1/national-portal/dossiers").header("X-Api-Key", DossierModuleTest.NATIONAL_PORTAL_API_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE external_id = :id AND channel = 4 AND status = 'RECEIVED'")
                .param("id", id).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_file f JOIN dossier d ON d.id = f.dossier_id "
                + "WHERE d.external_id = :id").param("id", id).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void withoutTheKeyOrWithBadContentNothingIsReceived() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM dossier").query(Integer.class).single();
        mvc.perform(post("/api/v1/national-portal/dossiers").contentType(MediaType.APPLICATION_JSON)
                .content(message("X-1", pdf()))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/national-portal/dossiers").header("X-Api-Key", "wrong")
                .contentType(MediaType.APPLICATION_JSON).content(message("X-2", pdf()))).andExpect(status().isUnauthorized());
        String eicar = Base64.getEncoder().encodeToString(("%PDF-1.4 " + EicarSignatureScanner.EICAR).getBytes());
        mvc.perform(post("/api/v1/national-portal/dossiers").header("X-Api-Key", DossierModuleTest.NATIONAL_PORTAL_API_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(message("X-3", eicar)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.parameter").value("file-TP2"));
        mvc.perform(post("/api/v1/national-portal/dossiers").header("X-Api-Key", DossierModuleTest.NATIONAL_PORTAL_API_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(message("X-4", pdf()).replace("\"MaTTHC\":\"1.001193\"", "\"MaTTHC\":\"1.999999\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("MaTTHC"));
        assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Integer.class).single()).isEqualTo(before);
    }

    private static String pdf() {
        return Base64.getEncoder().encodeToString(DossierFixtures.pdf(4_000));
    }

    private static String message(String id, String secondFile) {
        return """
                {"MaHoSo":"%s","MaTTHC":"1.001193","ChuHoSo":"Trần Văn Nam","SoGiayToChuHoSo":"015085004321",
                 "LoaiDoiTuong":1,"DiaChi":"Thôn 4, xã Tuy Lộc, thành phố Yên Bái","SoDienThoai":"0912345678",
                 "KenhThucHien":2,"TrichYeuHoSo":"Đăng ký khai sinh cho con",
                 "TaiLieuNop":[{"TepDinhKemId":"1","TenTepDinhKem":"to-khai.pdf","MaThanhPhanHoSo":"TP1","NoiDungTep":"%s"},
                               {"TepDinhKemId":"2","TenTepDinhKem":"giay-chung-sinh.pdf","MaThanhPhanHoSo":"TP2","NoiDungTep":"%s"}]}
                """.formatted(id, pdf(), secondFile);
    }
}
