package vn.dvc.portal.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Satisfaction surveys (EVAL-4): the Centre's page {@code /quan-tri/khao-sat} to define one and read its
 * results, and the public form {@code /khao-sat/{id}}.
 */
@Controller
class SurveyPages {

    private final Surveys surveys;
    private final Agencies agencies;
    private final Clock clock;

    SurveyPages(Surveys surveys, Agencies agencies, Clock clock) {
        this.surveys = surveys;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/quan-tri/khao-sat")
    String list(Model model) {
        model.addAttribute("surveys", surveys.all());
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        return "feedback/surveys";
    }

    @PostMapping("/quan-tri/khao-sat")
    String define(@RequestParam(required = false) @Nullable String surveyTitle,
            @RequestParam(required = false) @Nullable String opensOn,
            @RequestParam(required = false) @Nullable String closesOn, Model model, FormPage page) {
        page.onRefused(() -> list(model));
        return "redirect:/quan-tri/khao-sat/" + surveys.define(surveyTitle, date(opensOn), date(closesOn));
    }

    @GetMapping("/quan-tri/khao-sat/{id}")
    String results(@PathVariable UUID id, @RequestParam(name = "co-quan", required = false) @Nullable String agency,
            Model model) {
        Surveys.Survey survey = surveys.find(id).orElseThrow(() -> new ResourceNotFound("no survey"));
        model.addAttribute("survey", survey);
        model.addAttribute("agency", agency == null ? "" : agency);
        model.addAttribute("tallies", surveys.tally(id, agency == null || agency.isBlank() ? null : agency));
        return "feedback/survey-results";
    }

    @GetMapping("/khao-sat/{id}")
    String form(@PathVariable UUID id, @RequestParam(name = "da-gui", required = false) @Nullable String sent,
            Model model) {
        Surveys.Survey survey = surveys.find(id).orElseThrow(() -> new ResourceNotFound("no survey"));
        model.addAttribute("survey", survey);
        model.addAttribute("open", survey.openOn(LocalDate.now(clock)));
        model.addAttribute("sent", sent != null);
        model.addAttribute("agencies", agencies.validOn(LocalDate.now(clock)));
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        if (!model.containsAttribute("scores")) {
            model.addAttribute("scores", Map.of());
        }
        return "feedback/survey";
    }

    @PostMapping("/khao-sat/{id}")
    String respond(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, FormPage page) {
        Map<Integer, Integer> scores = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.matches("score[0-9]{1,2}") && value.matches("[1-5]")) {
                scores.put(Integer.parseInt(key.substring(5)), Integer.parseInt(value));
            }
        });
        page.onRefused(() -> {
            model.addAttribute("scores", scores);
            return form(id, null, model);
        });
        surveys.respond(id, form.get("surveyAgency"), scores);
        return "redirect:/khao-sat/" + id + "?da-gui=1";
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
