package vn.dvc.sim;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One service of the integration adapter ({@code "service": "<name>"}). A bean per service; the
 * {@link AdapterController} finds it by {@link #name()}, applies the faults and records what it accepted.
 */
public interface SimService {

    /** The service name as the national side writes it, e.g. {@code DongBoHoSoMC}. */
    String name();

    /**
     * Handles an accepted call (session checked). Fills {@code answer} (which already says {@code error_code: 0})
     * or throws {@link Refused}.
     */
    void handle(JsonNode request, ObjectNode answer);

    /**
     * The dossier codes the call concerns, under which it is recorded ({@code /sim/received?mahoso=}) and against
     * which the {@code refuse} fault is checked. By default every {@code MaHoSo} of {@code data} (a list or one
     * object) and {@code MaHoSoDonVi}.
     */
    default List<String> dossierCodes(JsonNode request) {
        List<String> codes = new ArrayList<>();
        JsonNode data = request.path("data");
        List<JsonNode> items = new ArrayList<>();
        if (data.isArray()) {
            data.forEach(items::add);
        } else if (data.isObject()) {
            items.add(data);
        }
        for (JsonNode item : items) {
            for (String field : List.of("MaHoSoDonVi", "MaHoSo")) {
                String code = item.path(field).asString("");
                if (!code.isBlank() && !codes.contains(code)) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /** A refusal for good: the national side answers {@code error_code} 1 with this message. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
