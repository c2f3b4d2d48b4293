package vn.dvc.portal.catalog.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.OnlineLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The Centre's catalogue pages under {@code /quan-tri}: procedures (publish, withdraw, the province's own
 * parts, import of national files with progress), agencies (create, edit, merge) and change requests with
 * their legal deadlines. Authorisation is on the services (roles CENTRE and ADMIN).
 */
@Controller
class CatalogAdminPages {

    private final CatalogAdministration administration;
    private final ChangeRequests changes;
    private final ImportJobs imports;
    private final ImportStore importStore;
    private final Procedures procedures;
    private final Agencies agencies;
    private final Clock clock;

    CatalogAdminPages(CatalogAdministration administration, ChangeRequests changes, ImportJobs imports,
            ImportStore importStore, Procedures procedures, Agencies agencies, Clock clock) {
        this.administration = administration;
        this.changes = changes;
        this.imports = imports;
        this.importStore = importStore;
        this.procedures = procedures;
        this.agencies = agencies;
        this.clock = clock;
    }

    // --- procedures ---

    @GetMapping("/quan-tri/thu-tuc-hanh-chinh")
    String procedures(@RequestParam(name = "da-luu", required = false) @Nullable String saved, Model model) {
        model.addAttribute("procedures", administration.procedureHeads());
        model.addAttribute("saved", saved != null);
        return "catalog/admin-procedures";
    }

    @PostMapping("/quan-tri/thu-tuc-hanh-chinh/{code}/cong-bo")
    String publish(@PathVariable String code, @RequestParam int version) {
        administration.publish(code, version);
        return "redirect:/quan-tri/thu-tuc-hanh-chinh?da-luu=1";
    }

    @PostMapping("/quan-tri/thu-tuc-hanh-chinh/{code}/bai-bo")
    String withdraw(@PathVariable String code) {
        administration.withdraw(code);
        return "redirect:/quan-tri/thu-tuc-hanh-chinh?da-luu=1";
    }

    @GetMapping("/quan-tri/thu-tuc-hanh-chinh/{code}/sua")
    String editProcedure(@PathVariable String code, Model model) {
        Procedure head = head(code);
        model.addAttribute("form", new CatalogAdministration.LocalParts(head.onlineLevel().name(),
                head.cutoff() == null ? "" : head.cutoff().toString(), head.requiredAssurance().name(),
                head.receivingAddress(), head.requirements()));
        FormError.addTo(model, List.of());
        return renderProcedureForm(head, model);
    }

    @PostMapping("/quan-tri/thu-tuc-hanh-chinh/{code}/sua")
    String saveProcedure(@PathVariable String code, @ModelAttribute("form") CatalogAdministration.LocalParts form,
            Model model, FormPage page) {
        page.onRefused(() -> renderProcedureForm(head(code), model));
        administration.changeLocalParts(code, form);
        return "redirect:/quan-tri/thu-tuc-hanh-chinh?da-luu=1";
    }

    private String renderProcedureForm(Procedure head, Model model) {
        model.addAttribute("procedure", head);
        model.addAttribute("onlineLevels", OnlineLevel.values());
        model.addAttribute("assuranceLevels", AssuranceLevel.values());
        return "catalog/admin-procedure-edit";
    }

    private Procedure head(String code) {
        List<Procedure> versions = procedures.versions(code);
        if (versions.isEmpty()) {
            throw new ResourceNotFound("no procedure " + code);
        }
        return versions.getLast();
    }

    // --- imports ---

    @GetMapping("/quan-tri/thu-tuc-hanh-chinh/nhap")
    String importForm(Model model) {
        model.addAttribute("jobs", importStore.recent(10));
        FormError.addTo(model, List.of());
        administration.procedureHeads(); // the Centre's page: checks the role
        return "catalog/admin-import";
    }

    @PostMapping("/quan-tri/thu-tuc-hanh-chinh/nhap")
    String startImport(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String publishNew, Model model, FormPage page)
            throws IOException {
        page.onRefused(() -> {
            model.addAttribute("jobs", importStore.recent(10));
            return "catalog/admin-import";
        });
        if (file == null || file.isEmpty()) {
            throw RefusedInput.of("file", "catalog.import.error.noFile");
        }
        UUID id = imports.start(Objects.requireNonNullElse(file.getOriginalFilename(), ""), file.getBytes(),
                publishNew != null);
        return "redirect:/quan-tri/thu-tuc-hanh-chinh/nhap/" + id;
    }

    @GetMapping("/quan-tri/thu-tuc-hanh-chinh/nhap/{id}")
    String importJob(@PathVariable UUID id, Model model) {
        administration.procedureHeads();
        model.addAttribute("job", importStore.find(id).orElseThrow(() -> new ResourceNotFound("no import " + id)));
        return "catalog/admin-import-job";
    }

    @GetMapping("/quan-tri/thu-tuc-hanh-chinh/nhap/{id}/tien-do")
    String importProgress(@PathVariable UUID id, Model model) {
        administration.procedureHeads();
        model.addAttribute("job", importStore.find(id).orElseThrow(() -> new ResourceNotFound("no import " + id)));
        return "catalog/admin-import-job :: progress";
    }

    // --- agencies ---

    @GetMapping("/quan-tri/co-quan")
    String agencyList(@RequestParam(name = "da-luu", required = false) @Nullable String saved, Model model) {
        model.addAttribute("agencies", administration.allAgencies());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("saved", saved != null);
        model.addAttribute("merge", new String[] {"", "", "", ""});
        FormError.addTo(model, List.of());
        return "catalog/admin-agencies";
    }

    @GetMapping("/quan-tri/co-quan/moi")
    String newAgency(Model model) {
        administration.allAgencies();
        FormError.addTo(model, List.of());
        return renderAgencyForm(new AgencyDraft(null, null, null, "COMMUNE", null, null, null, null, "TIEU_CHUAN",
                false, null, null, null, null, LocalDate.now(clock).toString(), null, null), true, model);
    }

    @PostMapping("/quan-tri/co-quan/moi")
    String createAgency(@ModelAttribute AgencyDraft draft, Model model, FormPage page) {
        page.onRefused(() -> renderAgencyForm(draft, true, model));
        administration.createAgency(draft);
        return "redirect:/quan-tri/co-quan?da-luu=1";
    }

    @GetMapping("/quan-tri/co-quan/{code}/sua")
    String editAgency(@PathVariable String code, Model model) {
        administration.allAgencies();
        AgencyDraft draft = AgencyDraft.of(agencies.find(code).orElseThrow(() -> new ResourceNotFound("no agency " + code)));
        FormError.addTo(model, List.of());
        return renderAgencyForm(draft, false, model);
    }

    @PostMapping("/quan-tri/co-quan/{code}/sua")
    String updateAgency(@PathVariable String code, @ModelAttribute AgencyDraft draft, Model model, FormPage page) {
        AgencyDraft same = new AgencyDraft(code, draft.name(), draft.shortName(), draft.level(), draft.parentCode(),
                draft.address(), draft.phone(), draft.email(), draft.scheduleCode(), draft.receivingPoint(),
                draft.qaName(), draft.qaTitle(), draft.qaPhone(), draft.qaEmail(), draft.validFrom(), draft.validTo(),
                draft.successorCode());
        page.onRefused(() -> renderAgencyForm(same, false, model));
        administration.updateAgency(same);
        return "redirect:/quan-tri/co-quan?da-luu=1";
    }

    @PostMapping("/quan-tri/co-quan/sap-nhap")
    String merge(@RequestParam(required = false) @Nullable String predecessors,
            @RequestParam(required = false) @Nullable String successorCode,
            @RequestParam(required = false) @Nullable String effective,
            @RequestParam(required = false) @Nullable String basis, Model model, FormPage page) {
        page.onRefused(() -> {
            model.addAttribute("agencies", administration.allAgencies());
            model.addAttribute("today", LocalDate.now(clock));
            model.addAttribute("saved", false);
            model.addAttribute("merge", new String[] {AgencyDraft.trim(predecessors), AgencyDraft.trim(successorCode),
                    AgencyDraft.trim(effective), AgencyDraft.trim(basis)});
            return "catalog/admin-agencies";
        });
        LocalDate date;
        try {
            date = LocalDate.parse(AgencyDraft.trim(effective));
        } catch (DateTimeParseException e) {
            throw RefusedInput.of("effective", "catalog.agency.error.date");
        }
        List<String> codes = Arrays.stream(AgencyDraft.trim(predecessors).split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
        administration.succeed(codes, AgencyDraft.trim(successorCode).toUpperCase(java.util.Locale.ROOT), date,
                AgencyDraft.trim(basis));
        return "redirect:/quan-tri/co-quan?da-luu=1";
    }

    private String renderAgencyForm(AgencyDraft draft, boolean creating, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("creating", creating);
        model.addAttribute("levels", agencies.levels());
        model.addAttribute("parents", agencies.validOn(LocalDate.now(clock)));
        return "catalog/admin-agency-form";
    }

    // --- change requests ---

    @GetMapping("/quan-tri/yeu-cau-thay-doi")
    String changeRequests(@RequestParam(name = "da-luu", required = false) @Nullable String saved, Model model) {
        FormError.addTo(model, List.of());
        return renderChanges(model, new ChangeRequests.Draft("AGENCY", "", "", "", ""), saved != null);
    }

    @PostMapping("/quan-tri/yeu-cau-thay-doi")
    String recordChange(@ModelAttribute ChangeRequests.Draft draft, Model model, FormPage page) {
        page.onRefused(() -> renderChanges(model, draft, false));
        changes.record(draft);
        return "redirect:/quan-tri/yeu-cau-thay-doi?da-luu=1";
    }

    @PostMapping("/quan-tri/yeu-cau-thay-doi/{id}/hoan-thanh")
    String completeChange(@PathVariable UUID id) {
        changes.complete(id);
        return "redirect:/quan-tri/yeu-cau-thay-doi?da-luu=1";
    }

    private String renderChanges(Model model, ChangeRequests.Draft draft, boolean saved) {
        List<ChangeRequests.ChangeRequest> list = changes.list();
        model.addAttribute("open", list.stream().filter(c -> !c.done()).toList());
        model.addAttribute("done", list.stream().filter(ChangeRequests.ChangeRequest::done).toList());
        model.addAttribute("lateCount", list.stream().filter(ChangeRequests.ChangeRequest::late).count());
        model.addAttribute("draft", draft);
        model.addAttribute("saved", saved);
        return "catalog/admin-changes";
    }
}
