package vn.dvc.sim;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code LayDanhSachTTHC}: the province's procedures as a list, {@code data: [{MATTHC, TENTTHC, QDCBID, NGAYCAPNHAT}]}
 * and {@code total}. {@code NGAYCAPNHAT} (the last change, yyyyMMddHHmmss) and {@code QDCBID} (the publishing
 * decision, when there is one) let the province fetch again only what changed (NATIONAL-PORTAL.md §3).
 */
@Component
class LayDanhSachTTHC implements SimService {

    private final NationalCatalogue catalogue;

    LayDanhSachTTHC(NationalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "LayDanhSachTTHC";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        ArrayNode list = catalogue.list(true);
        answer.put("total", list.size());
        answer.set("data", list);
    }
}
