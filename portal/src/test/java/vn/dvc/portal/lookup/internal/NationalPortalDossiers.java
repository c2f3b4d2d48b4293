package vn.dvc.portal.lookup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.PortalTest;

/**
 * Received dossiers for the look-up tests, made the way another system makes them: through the dossier module's
 * National Portal channel ({@code POST /api/v1/national-portal/dossiers}), which receives at once and issues
 * the code. Procedure 1.001193 (Đăng ký khai sinh) of the demo catalogue.
 */
final class NationalPortalDossiers {

    /** The shared test configuration's key ({@link PortalTest}). */
    static final String API_KEY = PortalTest.NATIONAL_PORTAL_API_KEY;

    /** An applicant whose every value the look-up must never show. */
    record Applicant(String name, String idNumber, String address, String phone, String email) {
    }

    /** @param id the dossier's id, @param code its code */
    record Received(UUID id, String code) {
    }

    private NationalPortalDossiers() {
    }

    static Received receive(int port, Applicant applicant) throws Exception {
        String pdf = Base64.getEncoder().encodeToString(pdf());
        String body = """
                {"MaHoSo":"G22.99-%s","MaTTHC":"1.001193","ChuHoSo":"%s","SoGiayToChuHoSo":"%s","LoaiDoiTuong":1,
                 "DiaChi":"%s","SoDienThoai":"%s","Email":"%s","KenhThucHien":2,"TrichYeuHoSo":"Đăng ký khai sinh cho con",
                 "TaiLieuNop":[{"TepDinhKemId":"1","TenTepDinhKem":"to-khai.pdf","MaThanhPhanHoSo":"TP1","NoiDungTep":"%s"},
                  {"TepDinhKemId":"2","TenTepDinhKem":"giay-chung-sinh.pdf","MaThanhPhanHoSo":"TP2","NoiDungTep":"%s"},
                  {"TepDinhKemId":"3","TenTepDinhKem":"giay-to-tuy-than.pdf","MaThanhPhanHoSo":"TP6","NoiDungTep":"%s"}]}
                """.formatted(UUID.randomUUID(), applicant.name(), applicant.idNumber(), applicant.address(),
                applicant.phone(), applicant.email(), pdf, pdf, pdf);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/national-portal/dossiers"))
                .header("Content-Type", "application/json").header("X-Api-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        return new Received(UUID.fromString(json.get("dossierId").asString()), json.get("dossierCode").asString());
    }

    static byte[] pdf() {
        byte[] content = new byte[4_000];
        byte[] head = "%PDF-1.7\n".getBytes();
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }
}
