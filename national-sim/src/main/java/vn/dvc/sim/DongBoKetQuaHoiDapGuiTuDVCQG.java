package vn.dvc.sim;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code DongBoKetQuaHoiDapGuiTuDVCQG}: the province's answers to questions sent from the National Portal
 * (NATIONAL-PORTAL.md §4), {@code data: [{HOIDAPID, MADONVI, NGUOITRALOI, CHUCVUNGUOITRALOI, NGAYTRALOI,
 * NOIDUNGTRALOI}]}; every field required, {@code NGAYTRALOI} as {@code yyyyMMddHHmmss}, the HOIDAPID one that was
 * asked here. Recorded under the HOIDAPID ({@code /sim/received?mahoso=<HOIDAPID>}) and shown on the question page.
 */
@Component
class DongBoKetQuaHoiDapGuiTuDVCQG implements SimService {

    private final SimQuestions questions;

    DongBoKetQuaHoiDapGuiTuDVCQG(SimQuestions questions) {
        this.questions = questions;
    }

    @Override
    public String name() {
        return "DongBoKetQuaHoiDapGuiTuDVCQG";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        JsonNode data = request.path("data");
        if (!data.isArray() || data.isEmpty()) {
            throw new Refused("Thiếu danh sách trả lời (data)");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : data) {
            long id = id(item);
            WireRules.required(item, "MADONVI");
            WireRules.required(item, "NGUOITRALOI");
            WireRules.required(item, "CHUCVUNGUOITRALOI");
            WireRules.date(item, "NGAYTRALOI", true);
            WireRules.required(item, "NOIDUNGTRALOI");
            if (questions.find(id) == null) {
                throw new Refused("Không có câu hỏi HOIDAPID " + id);
            }
            ids.add(id);
        }
        int i = 0;
        for (JsonNode item : data) {
            questions.answer(ids.get(i++), item);
        }
    }

    @Override
    public List<String> dossierCodes(JsonNode request) {
        List<String> codes = new ArrayList<>();
        for (JsonNode item : request.path("data")) {
            String id = item.path("HOIDAPID").asString("");
            if (!id.isBlank() && !codes.contains(id)) {
                codes.add(id);
            }
        }
        return codes;
    }

    private static long id(JsonNode item) {
        String text = WireRules.required(item, "HOIDAPID");
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new SimService.Refused("HOIDAPID không phải số: " + text);
        }
    }
}
