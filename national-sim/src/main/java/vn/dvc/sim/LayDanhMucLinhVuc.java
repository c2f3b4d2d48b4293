package vn.dvc.sim;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code LayDanhMucLinhVuc}: the sectors with their fields, {@code data} in the shape of the portal's
 * {@code sectors.json} ({@code [{code, name, fields: [{code, name}]}]}), with {@code total}.
 */
@Component
class LayDanhMucLinhVuc implements SimService {

    private final NationalCatalogue catalogue;

    LayDanhMucLinhVuc(NationalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "LayDanhMucLinhVuc";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        ArrayNode sectors = catalogue.sectors();
        answer.put("total", sectors.size());
        answer.set("data", sectors);
    }
}
