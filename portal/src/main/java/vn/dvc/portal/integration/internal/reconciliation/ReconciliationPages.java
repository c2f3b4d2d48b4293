package vn.dvc.portal.integration.internal.reconciliation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.platform.FileNames;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The Centre's reconciliation page ({@value #BASE}, roles CENTRE and ADMIN, linked from the account page): the
 * latest report (or the one chosen), "Đối soát ngay" (a form post; the run goes on in the background and the
 * report's page follows it, with htmx or by reloading), the past reports, and each report as an Excel workbook.
 */
@Controller
class ReconciliationPages {

    static final String BASE = "/quan-tri/doi-soat-dvcqg";
    /** The ids of the form's controls (and of its error as a whole). */
    static final String START = "reconciliation-start";
    static final String FROM = "reconciliation-from";
    static final String TO = "reconciliation-to";

    private final Reconciliations reconciliations;
    private final ReconciliationWorkbook workbook;

    ReconciliationPages(Reconciliations reconciliations, ReconciliationWorkbook workbook) {
        this.reconciliations = reconciliations;
        this.workbook = workbook;
    }

    @GetMapping(BASE)
    String latest(Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        List<ReconciliationStore.Report> recent = reconciliations.recent();
        return page(model, recent, recent.isEmpty() ? null : recent.get(0), null, null);
    }

    @GetMapping(BASE + "/{id}")
    String report(@PathVariable UUID id, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        ReconciliationStore.Report report = found(id);
        return page(model, reconciliations.recent(), report, null, null);
    }

    /**
     * The report's result block alone, which the page asks for every second while the run goes on (htmx); once the
     * run has ended htmx is told to reload the whole page, so the list of past reports shows the end too.
     */
    @GetMapping(BASE + "/{id}/tien-do")
    String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        ReconciliationStore.Report report = found(id);
        if (!report.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("view", view(report));
        return "integration/reconciliation :: result";
    }

    @PostMapping(BASE)
    String start(@RequestParam(name = "tu-ngay", required = false) @Nullable String from,
            @RequestParam(name = "den-ngay", required = false) @Nullable String to, Model model, FormPage form) {
        form.onRefused(() -> {
            List<ReconciliationStore.Report> recent = reconciliations.recent();
            return page(model, recent, recent.isEmpty() ? null : recent.get(0), from, to);
        });
        List<FormError> errors = new ArrayList<>();
        LocalDate start = date(from, FROM, errors);
        LocalDate end = date(to, TO, errors);
        RefusedInput.throwIfAny(errors);
        UUID id = reconciliations.start(start, end);
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping(BASE + "/{id}/bao-cao.xlsx")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        ReportView view = view(found(id));
        if (!view.report().done()) {
            throw new ResourceNotFound("reconciliation " + id + " has no finished report");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ReconciliationWorkbook.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(ReconciliationWorkbook.fileName(view)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(workbook.workbook(view));
    }

    private ReconciliationStore.Report found(UUID id) {
        return reconciliations.find(id).orElseThrow(() -> new ResourceNotFound("no reconciliation " + id));
    }

    private ReportView view(ReconciliationStore.Report report) {
        return ReportView.of(report, reconciliations.cells(report.id()), reconciliations.differences(report.id()),
                reconciliations::agencyName);
    }

    private String page(Model model, List<ReconciliationStore.Report> recent,
            ReconciliationStore.@Nullable Report shown, @Nullable String from, @Nullable String to) {
        Period preset = reconciliations.defaultPeriod();
        model.addAttribute("configured", reconciliations.configured());
        model.addAttribute("recent", recent);
        model.addAttribute("view", shown == null ? null : view(shown));
        model.addAttribute("from", from != null ? from : preset.from().toString());
        model.addAttribute("to", to != null ? to : preset.to().toString());
        model.addAttribute("days", java.time.temporal.ChronoUnit.DAYS.between(preset.from(), preset.to()) + 1);
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        return "integration/reconciliation";
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, List<FormError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(FormError.of(field, "integration.reconciliation.error.date"));
            return null;
        }
    }
}
