package vn.dvc.sim;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code TraCuuHoSo {"mahoso": …}}: what the national side knows of a dossier — {@code data} null when it does
 * not know it, else the last synchronised record with {@code TrangThaiHoSo} as last told and the progress entries
 * ({@code TienDo}) in arrival order.
 */
@Component
class TraCuuHoSo implements SimService {

    private final NationalDossiers dossiers;

    TraCuuHoSo(NationalDossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public String name() {
        return "TraCuuHoSo";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
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
        answer.set("data", data);
    }
}
