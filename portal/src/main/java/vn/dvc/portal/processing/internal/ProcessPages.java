package vn.dvc.portal.processing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.platform.FileNames;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.StepAction;

/**
 * The Centre's pages for process definitions ({@code /quan-tri/quy-trinh}): the procedures with and without a
 * definition, a definition as a readable sequence of steps with its versions, the edit form (publish makes a
 * new version), import from a file and export to one.
 */
@Controller
class ProcessPages {

    static final String BASE = "/quan-tri/quy-trinh";
    static final long MAX_FILE_BYTES = 1_000_000;

    private final ProcessAdministration administration;

    ProcessPages(ProcessAdministration administration) {
        this.administration = administration;
    }

    @GetMapping(BASE)
    String overview(@RequestParam(name = "da-nhap", required = false) @Nullable Integer imported, Model model) {
        model.addAttribute("imported", imported);
        return overview(model);
    }

    /** The overview; errors already in the model (a refused import's) stay. */
    private String overview(Model model) {
        model.addAttribute("rows", administration.overview());
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        return "processing/overview";
    }

    @PostMapping(BASE + "/nhap")
    String importFile(@RequestParam("file") @Nullable MultipartFile file, Model model, FormPage form)
            throws IOException {
        form.onRefused(() -> {
            model.addAttribute("imported", null);
            model.addAttribute("importErrors", true);
            return overview(model);
        });
        if (file == null || file.isEmpty()) {
            throw RefusedInput.of("file", "processing.import.noFile");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            throw RefusedInput.of("file", "processing.import.tooLarge");
        }
        List<ProcessPublisher.Published> published = administration.importDocument(
                new String(file.getBytes(), StandardCharsets.UTF_8));
        return "redirect:" + BASE + "?da-nhap=" + published.stream().filter(p -> p.changed()).count();
    }

    @GetMapping(BASE + "/thu-tuc/{code}")
    String procedure(@PathVariable String code, Model model) {
        model.addAttribute("row", administration.procedure(code));
        return "processing/procedure";
    }

    @GetMapping(BASE + "/{id}")
    String definition(@PathVariable UUID id, @RequestParam(name = "phien-ban", required = false) @Nullable Integer n,
            @RequestParam(name = "da-luu", required = false) @Nullable String saved, Model model) {
        List<ProcessDefinition> versions = administration.versions(id);
        ProcessDefinition shown = n == null ? versions.getLast() : versions.stream()
                .filter(v -> v.version() == n).findFirst()
                .orElseThrow(() -> new ResourceNotFound("no version " + n + " of " + id));
        model.addAttribute("definition", shown);
        model.addAttribute("current", versions.getLast());
        model.addAttribute("versions", versions.reversed());
        model.addAttribute("procedure", administration.publishedProcedure(shown.scope().procedureCode()).orElse(null));
        model.addAttribute("saved", saved != null);
        model.addAttribute("totalHours", Allotments.hours(shown.totalWorkingTime()));
        return "processing/definition";
    }

    @GetMapping(value = BASE + "/{id}/tai-ve")
    ResponseEntity<String> export(@PathVariable UUID id,
            @RequestParam(name = "phien-ban", required = false) @Nullable Integer n) {
        ProcessDefinition current = administration.editable(id);
        int version = n == null ? current.version() : n;
        String document = administration.export(id, version);
        String fileName = "quy-trinh-" + current.scope().procedureCode() + "-v" + version + ".json";
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(fileName))
                .body(document);
    }

    @GetMapping(BASE + "/{id}/sua")
    String edit(@PathVariable UUID id, Model model) {
        ProcessDefinition current = administration.editable(id);
        return form(DefinitionForm.of(current), model);
    }

    @GetMapping(BASE + "/thu-tuc/{code}/tao-moi")
    String create(@PathVariable String code, Model model) {
        Procedure procedure = administration.publishedProcedure(code)
                .orElseThrow(() -> new ResourceNotFound("no published procedure " + code));
        return form(DefinitionForm.blank(code, "Quy trình " + lowerFirst(procedure.name())), model);
    }

    @PostMapping(BASE + "/luu")
    String save(@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "") String op,
            Model model, FormPage page) {
        DefinitionForm form = DefinitionForm.from(params);
        if (!op.equals("publish")) {
            return form(form.rearranged(op), model);
        }
        page.onRefused(() -> form(form, model));
        ProcessPublisher.Published published = administration.publish(form.toDraft());
        return "redirect:" + BASE + "/" + published.id() + "?da-luu=" + published.version();
    }

    /** The edit form; errors already in the model (a refused publication's) stay. */
    private String form(DefinitionForm form, Model model) {
        Procedure procedure = administration.publishedProcedure(form.procedureCode())
                .orElseThrow(() -> new ResourceNotFound("no published procedure " + form.procedureCode()));
        model.addAttribute("form", form);
        model.addAttribute("procedure", procedure);
        model.addAttribute("roles", DefinitionFormat.STEP_ROLES.stream().sorted().toList());
        model.addAttribute("units", List.of(DurationUnit.WORKING_HOURS, DurationUnit.WORKING_DAYS));
        model.addAttribute("actions", StepAction.values());
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        return "processing/edit";
    }

    private static String lowerFirst(String name) {
        String stripped = name.startsWith("Thủ tục ") ? name.substring("Thủ tục ".length()) : name;
        return stripped.isEmpty() ? stripped : Character.toLowerCase(stripped.charAt(0)) + stripped.substring(1);
    }
}
