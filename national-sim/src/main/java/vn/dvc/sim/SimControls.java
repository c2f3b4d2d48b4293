package vn.dvc.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;

/**
 * The simulator's own controls, for tests and for a person: the record of what it received, what it knows of each
 * dossier, the faults, a reset, and a page showing them ({@code GET /sim}).
 */
@Controller
class SimControls {

    private final ReceivedLog received;
    private final NationalDossiers dossiers;
    private final Faults faults;
    private final List<SimState> states;

    SimControls(ReceivedLog received, NationalDossiers dossiers, Faults faults, List<SimState> states) {
        this.received = received;
        this.dossiers = dossiers;
        this.faults = faults;
        this.states = states;
    }

    /** Every message accepted for the dossier (our code or the national id), in arrival order; all when absent. */
    @GetMapping("/sim/received")
    @ResponseBody
    List<ReceivedLog.Entry> received(@RequestParam(name = "mahoso", required = false) String mahoso) {
        return received.find(mahoso);
    }

    /** What the national side knows of each dossier, with the effects that would be defects there. */
    @GetMapping("/sim/dossiers")
    @ResponseBody
    List<Map<String, Object>> dossiers() {
        return dossiers.all().stream().map(known -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("mahoso", known.code());
            row.put("status", known.status());
            row.put("creations", known.creations());
            row.put("progress", known.progress().size());
            row.put("duplicateProgress", known.duplicateProgress());
            row.put("statuses", known.statuses().size());
            return row;
        }).toList();
    }

    @GetMapping("/sim/faults")
    @ResponseBody
    Map<String, Object> faults() {
        return faults.current();
    }

    @PostMapping("/sim/faults")
    @ResponseBody
    Map<String, Object> setFaults(@RequestBody JsonNode body) {
        faults.set(body);
        return faults.current();
    }

    @DeleteMapping("/sim/faults")
    ResponseEntity<Void> clearFaults() {
        faults.clear();
        return ResponseEntity.noContent().build();
    }

    /** Forgets everything received and known, and clears the faults (between tests). */
    @PostMapping("/sim/reset")
    ResponseEntity<Void> reset() {
        received.clear();
        dossiers.clear();
        faults.clear();
        states.forEach(SimState::clear);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sim")
    String page(Model model) {
        List<ReceivedLog.Entry> newestFirst = new java.util.ArrayList<>(received.find(null));
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("entries", newestFirst);
        model.addAttribute("dossiers", dossiers.all());
        model.addAttribute("faults", faults.current());
        return "sim";
    }
}
