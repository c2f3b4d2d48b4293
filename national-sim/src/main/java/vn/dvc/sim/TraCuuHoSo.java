package vn.dvc.sim;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code TraCuuHoSo {"mahoso": …}}: what the national side knows of a dossier — {@code data} null when it does
 * not know it, else the last synchronised record with {@code TrangThaiHoSo} as last told and the progress entries
 * ({@code TienDo}) in arrival order, and the statuses received for it by {@code DongBoTrangThaiHoSo}
 * ({@code DanhSachTrangThai}, a simulator addition: the province's sync looks there before it sends a status again).
 * Without {@code mahoso} but with {@code tungay}/{@code denngay}: the list form
 * ({@link TraCuuHoSoDanhSach}).
 */
@Component
class TraCuuHoSo implements SimService {

    private final NationalDossiers dossiers;
    private final TraCuuHoSoDanhSach list;

    TraCuuHoSo(NationalDossiers dossiers, TraCuuHoSoDanhSach list) {
        this.dossiers = dossiers;
        this.list = list;
    }

    @Override
    public String name() {
        return "TraCuuHoSo";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        if (TraCuuHoSoDanhSach.asked(request)) {
            list.handle(request, answer); // the list form, for the reconciliation
            return;
        }
        String code = request.path("mahoso").asString("");
        if (code.isBlank()) {
            throw new Refused("Thiếu mã hồ sơ (mahoso)");
        }
        NationalDossiers.Known known = dossiers.find(code).orElse(null);
        if (known == null || known.record() == null) {
            answer.putNull("data");
            return;
        }
        ObjectNode data = (ObjectNode) known.record().deepCopy();
        data.put("TrangThaiHoSo", String.valueOf(known.status()));
        ArrayNode progress = data.putArray("TienDo");
        known.progress().forEach(progress::add);
        // the statuses of a dossier filed here (DongBoTrangThaiHoSo), in arrival order: the province's sync asks
        // whether a status it may have sent already arrived before sending it again
        ArrayNode statuses = data.putArray("DanhSachTrangThai");
        known.statuses().forEach(statuses::add);
        answer.set("data", data);
    }
}
