package vn.dvc.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;

/**
 * The National Portal's question page, simulated ({@code GET /cong-dan/hoi-dap}): a test person asks an agency of the
 * province (the agencies come from the portal's public API) a question in a field; the province takes it with
 * {@code DongBoHoiDap} and answers with {@code DongBoKetQuaHoiDapGuiTuDVCQG}, and the answer shows here.
 * {@code GET /sim/questions} (JSON) and {@code GET /sim/ratings} (JSON) are the controls tests read.
 */
@Controller
class QuestionPage {

    private final SimQuestions questions;
    private final SimRatings ratings;
    private final PortalCalls portal;

    QuestionPage(SimQuestions questions, SimRatings ratings, PortalCalls portal) {
        this.questions = questions;
        this.ratings = ratings;
        this.portal = portal;
    }

    @GetMapping("/cong-dan/hoi-dap")
    String page(Model model) {
        return show(model, Map.of(), Map.of(), null);
    }

    @PostMapping("/cong-dan/hoi-dap")
    String ask(@RequestParam(name = "hoTen", defaultValue = "") String name,
            @RequestParam(name = "maDonVi", defaultValue = "") String agencyCode,
            @RequestParam(name = "maLinhVuc", defaultValue = "") String fieldCode,
            @RequestParam(name = "noiDung", defaultValue = "") String text, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("hoTen", name.strip());
        form.put("maDonVi", agencyCode.strip());
        form.put("maLinhVuc", fieldCode.strip());
        form.put("noiDung", text.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.get("hoTen").isEmpty()) {
            errors.put("hoTen", "Nhập họ và tên người hỏi.");
        }
        if (form.get("maDonVi").isEmpty()) {
            errors.put("maDonVi", "Chọn cơ quan nhận câu hỏi.");
        }
        if (form.get("noiDung").length() < 10) {
            errors.put("noiDung", "Nhập nội dung câu hỏi (ít nhất 10 ký tự).");
        }
        if (!errors.isEmpty()) {
            return show(model, form, errors, null);
        }
        String agencyName = form.get("maDonVi");
        for (Map<String, String> agency : agencies()) {
            if (agency.get("code").equals(form.get("maDonVi"))) {
                agencyName = agency.get("name");
            }
        }
        SimQuestions.Question question = questions.ask(form.get("maLinhVuc"), form.get("noiDung"), form.get("maDonVi"),
                agencyName, form.get("hoTen"));
        return show(model, Map.of(), Map.of(), question.id());
    }

    @GetMapping("/sim/questions")
    @ResponseBody
    List<Map<String, Object>> list() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SimQuestions.Question q : questions.all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("HOIDAPID", q.id());
            row.put("MaLinhVuc", q.fieldCode());
            row.put("NOIDUNG", q.text());
            row.put("MADONVI", q.agencyCode());
            row.put("TENDONVI", q.agencyName());
            row.put("askedAt", q.askedAt());
            row.put("deliveries", q.deliveries());
            row.put("answers", q.answers());
            row.put("duplicateAnswers", q.duplicateAnswers());
            rows.add(row);
        }
        return rows;
    }

    @GetMapping("/sim/ratings")
    @ResponseBody
    Map<String, List<SimRatings.Receipt>> ratings() {
        return ratings.all();
    }

    private String show(Model model, Map<String, String> form, Map<String, String> errors, Long asked) {
        List<Map<String, String>> agencies;
        try {
            agencies = agencies();
        } catch (PortalCalls.Unreachable e) {
            agencies = List.of();
            model.addAttribute("portalError", e.getMessage());
        }
        model.addAttribute("agencies", agencies);
        model.addAttribute("questions", questions.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("asked", asked);
        return "hoi-dap";
    }

    private List<Map<String, String>> agencies() {
        List<Map<String, String>> list = new ArrayList<>();
        for (JsonNode agency : portal.agencies()) {
            list.add(Map.of("code", agency.path("code").asString(""), "name", agency.path("name").asString("")));
        }
        return list;
    }
}
