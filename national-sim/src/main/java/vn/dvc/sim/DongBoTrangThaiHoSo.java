package vn.dvc.sim;

import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code DongBoTrangThaiHoSo} ({@code type} "2"): the status of a dossier filed on the National Portal, in the
 * collapsed codes (4, 6, 9, 10 → 2; 3, 7, 8 → 5): any other code is refused (NATIONAL-PORTAL.md §2).
 */
@Component
class DongBoTrangThaiHoSo implements SimService {

    static final Set<Integer> COLLAPSED = Set.of(1, 2, 5);

    private final NationalDossiers dossiers;

    DongBoTrangThaiHoSo(NationalDossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public String name() {
        return "DongBoTrangThaiHoSo";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        if (!"2".equals(request.path("type").asString(""))) {
            throw new Refused("Trường type phải là 2");
        }
        JsonNode data = request.path("data");
        if (!data.isObject()) {
            throw new Refused("Thiếu dữ liệu trạng thái (data)");
        }
        WireRules.required(data, "MaHoSo");
        String ours = WireRules.required(data, "MaHoSoDonVi");
        WireRules.required(data, "NoiDung");
        WireRules.date(data, "NgayXuLy", true);
        int status = WireRules.code(data, "TrangThai", 1, 10);
        if (!COLLAPSED.contains(status)) {
            throw new Refused("TrangThai " + status + " không thuộc bộ mã rút gọn (1, 2, 5)");
        }
        dossiers.status(ours, data);
    }
}
