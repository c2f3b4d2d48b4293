package vn.dvc.sim;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code DongBoHoiDap}: the province takes the questions citizens sent it on the National Portal (NATIONAL-PORTAL.md
 * §4): {@code data: [{HOIDAPID, MaLinhVuc, NOIDUNG, MADONVI, TENDONVI}]}, every question not yet answered.
 */
@Component
class DongBoHoiDap implements SimService {

    private final SimQuestions questions;

    DongBoHoiDap(SimQuestions questions) {
        this.questions = questions;
    }

    @Override
    public String name() {
        return "DongBoHoiDap";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        ArrayNode data = answer.putArray("data");
        for (SimQuestions.Question question : questions.handOver()) {
            ObjectNode item = data.addObject();
            item.put("HOIDAPID", question.id());
            item.put("MaLinhVuc", question.fieldCode());
            item.put("NOIDUNG", question.text());
            item.put("MADONVI", question.agencyCode());
            item.put("TENDONVI", question.agencyName());
        }
    }

    @Override
    public List<String> dossierCodes(JsonNode request) {
        return List.of();
    }
}
