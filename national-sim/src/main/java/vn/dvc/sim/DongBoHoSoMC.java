package vn.dvc.sim;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code DongBoHoSoMC}: a province dossier, created or ({@code isUpdating: "True"}) updated (NATIONAL-PORTAL.md §2). */
@Component
class DongBoHoSoMC implements SimService {

    private final NationalDossiers dossiers;

    DongBoHoSoMC(NationalDossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public String name() {
        return "DongBoHoSoMC";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        String updating = request.path("isUpdating").asString("");
        if (!updating.equalsIgnoreCase("True") && !updating.equalsIgnoreCase("False")) {
            throw new Refused("Trường isUpdating phải là True hoặc False");
        }
        JsonNode data = request.path("data");
        if (!data.isArray() || data.isEmpty()) {
            throw new Refused("Thiếu danh sách hồ sơ (data)");
        }
        for (JsonNode item : data) {
            WireRules.required(item, "MaHoSo");
            WireRules.required(item, "MaTTHC");
            WireRules.required(item, "TenTTHC");
            WireRules.required(item, "ChuHoSo");
            WireRules.code(item, "LoaiDoiTuong", 1, 2);
            WireRules.required(item, "TrichYeuHoSo");
            WireRules.date(item, "NgayTiepNhan", true);
            WireRules.date(item, "NgayHenTra", false);
            WireRules.code(item, "TrangThaiHoSo", 1, 10);
            WireRules.date(item, "NgayTra", false);
            WireRules.date(item, "NgayKetThucXuLy", false);
            WireRules.code(item, "HinhThuc", 0, 1);
            WireRules.required(item, "DonViXuLy");
        }
        for (JsonNode item : data) {
            dossiers.sync(item, updating.equalsIgnoreCase("True"));
        }
    }
}
