package vn.dvc.sim;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code LayDanhMucCoQuan}: the agencies, {@code data} in the shape of the portal's {@code agencies.json} (code,
 * name, level, parent, contacts, validity, successor), with {@code total}.
 */
@Component
class LayDanhMucCoQuan implements SimService {

    private final NationalCatalogue catalogue;

    LayDanhMucCoQuan(NationalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "LayDanhMucCoQuan";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        ArrayNode agencies = catalogue.agencies();
        answer.put("total", agencies.size());
        answer.set("data", agencies);
    }
}
