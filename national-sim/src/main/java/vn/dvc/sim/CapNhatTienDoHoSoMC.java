package vn.dvc.sim;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code CapNhatTienDoHoSoMC}: progress entries of dossiers already synchronised (NATIONAL-PORTAL.md §2); a null
 * {@code NoiDungXuLy} is refused, as the national side does.
 */
@Component
class CapNhatTienDoHoSoMC implements SimService {

    private final NationalDossiers dossiers;

    CapNhatTienDoHoSoMC(NationalDossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public String name() {
        return "CapNhatTienDoHoSoMC";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        JsonNode data = request.path("data");
        if (!data.isArray() || data.isEmpty()) {
            throw new Refused("Thiếu danh sách tiến độ (data)");
        }
        for (JsonNode item : data) {
            String code = WireRules.required(item, "MaHoSo");
            WireRules.required(item, "NguoiXuLy");
            WireRules.date(item, "ThoiDiemXuLy", true);
            WireRules.required(item, "NoiDungXuLy");
            WireRules.code(item, "TrangThai", 1, 10);
            WireRules.date(item, "NgayBatDau", false);
            WireRules.date(item, "NgayKetThucTheoQuyDinh", false);
            if (dossiers.find(code).map(k -> k.record() == null).orElse(true)) {
                throw new Refused("Hồ sơ " + code + " chưa được đồng bộ (DongBoHoSoMC)");
            }
        }
        for (JsonNode item : data) {
            dossiers.progress(item);
        }
    }
}
