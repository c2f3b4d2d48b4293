package vn.dvc.sim;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code LayThuTuc {"MaTTHC": …}}: one procedure's full national record in {@code data} (the shape the portal's
 * import reads). Refused ({@code error_code} 1) for a missing code, an unknown one, or one the controls refuse
 * ({@code POST /sim/catalogue/refuse}). The code is read tolerantly: {@code MaTTHC}, {@code maTTHC} or {@code MATTHC}.
 */
@Component
class LayThuTuc implements SimService {

    private final NationalCatalogue catalogue;

    LayThuTuc(NationalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "LayThuTuc";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        String code = "";
        for (String field : new String[] {"MaTTHC", "maTTHC", "MATTHC"}) {
            if (code.isBlank()) {
                code = request.path(field).asString("").strip();
            }
        }
        if (code.isBlank()) {
            throw new Refused("Thiếu mã thủ tục hành chính (MaTTHC)");
        }
        answer.set("data", catalogue.fetch(code));
    }
}
