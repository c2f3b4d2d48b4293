package vn.dvc.portal.dossier.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;

/**
 * The one-stop desk's pages ({@code /can-bo/tiep-nhan}, role {@code DESK}): the queue of online dossiers, the
 * intake form for walk-in and postal dossiers (find the applicant, tick the components, upload scans, record
 * the number of sets; receive, ask for supplements or refuse), a dossier's page and its slip.
 */
@Controller
class DeskPages {

    private final Reception reception;
    private final ApplicantFinder finder;
    private final Procedures procedures;
    private final DossierViews views;

    DeskPages(Reception reception, ApplicantFinder finder, Procedures procedures, DossierViews views) {
        this.reception = reception;
        this.finder = finder;
        this.procedures = procedures;
        this.views = views;
    }

    /** What the intake form holds, to show it again. */
    record IntakeForm(String procedureCode, String caseCode, String channel, String applicantKind, String applicantName,
                      String applicantIdNumber, String applicantAddress, String applicantPhone, String applicantEmail,
                      String submitterName, String submitterPhone, Set<String> provided, String sets, String summary,
                      String reason, List<String> items) {

        static IntakeForm start(String procedureCode, String caseCode, String channel) {
            return new IntakeForm(procedureCode, caseCode, channel, "PERSON", "", "", "", "", "", "", "", Set.of(),
                    "1", "", "", List.of());
        }

        IntakeForm withApplicant(ApplicantFinder.Found found) {
            return new IntakeForm(procedureCode, caseCode, channel, applicantKind, found.name(), applicantIdNumber,
                    found.address(), found.phone(), found.email(), submitterName, submitterPhone, provided, sets,
                    summary, reason, items);
        }
    }

    @GetMapping("/can-bo/tiep-nhan")
    String desk(Model model) {
        FormError.addTo(model, List.of());
        model.addAttribute("queue", reception.queue().stream().map(views::summary).toList());
        return "dossier/desk";
    }

    @GetMapping("/can-bo/tiep-nhan/moi")
    String start(@RequestParam(name = "thu-tuc", required = false) @Nullable String procedureCode,
            @RequestParam(name = "kenh", defaultValue = "IN_PERSON") String channel,
            @RequestParam(name = "truong-hop", required = false) @Nullable String caseCode, Model model) {
        if (procedureCode == null || procedureCode.isBlank()) {
            return "redirect:/can-bo/tiep-nhan";
        }
        Optional<Procedure> procedure = procedures.findPublished(procedureCode.strip());
        if (procedure.isEmpty()) {
            FormError.addTo(model, List.of(FormError.of("thu-tuc", "dossier.error.procedureUnknown")));
            model.addAttribute("procedureCode", procedureCode);
            model.addAttribute("queue", reception.queue().stream().map(views::summary).toList());
            return "dossier/desk";
        }
        Procedure p = procedure.get();
        String chosen = caseCode != null ? caseCode : p.cases().size() == 1 ? p.cases().getFirst().code() : null;
        model.addAttribute("procedure", p);
        if (chosen == null || p.findCase(chosen).isEmpty()) {
            model.addAttribute("channel", channel);
            return "dossier/desk-case";
        }
        FormError.addTo(model, List.of());
        return intake(model, p, IntakeForm.start(p.code(), chosen, channel));
    }

    @PostMapping("/can-bo/tiep-nhan/moi")
    String submit(MultipartHttpServletRequest request, @RequestParam("hanh-dong") String action, Model model,
            FormPage page) {
        IntakeForm form = form(request.getParameterMap(), request.getParameterValues("provided"),
                request.getParameterValues("items"));
        Procedure procedure = procedures.findPublished(form.procedureCode()).orElse(null);
        if (procedure == null) {
            return "redirect:/can-bo/tiep-nhan";
        }
        page.onRefused(() -> intake(model, procedure, form));
        if (action.equals("tim")) {
            Optional<ApplicantFinder.Found> found = finder.find(kind(form.applicantKind()), form.applicantIdNumber());
            model.addAttribute("lookedUp", found.isPresent() ? "found" : "notFound");
            FormError.addTo(model, List.of());
            return intake(model, procedure, found.map(form::withApplicant).orElse(form));
        }
        WalkIn walkIn = walkIn(form, request.getMultiFileMap());
        UUID id = switch (action) {
            case "tiep-nhan" -> reception.receive(walkIn);
            case "bo-sung" -> reception.requestCompletion(walkIn, form.reason(), form.items());
            case "tu-choi" -> reception.refuse(walkIn, form.reason());
            default -> throw IntakeRefusals.of("hanh-dong", "action", "unknown action");
        };
        return "redirect:/can-bo/tiep-nhan/ho-so/" + id;
    }

    @GetMapping("/can-bo/tiep-nhan/ho-so/{id}")
    String dossier(@PathVariable UUID id, Model model) {
        Dossier dossier = reception.handled(id);
        model.addAttribute("dossier", views.detail(dossier, true));
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        return "dossier/desk-dossier";
    }

    @PostMapping("/can-bo/tiep-nhan/ho-so/{id}/{action}")
    String decide(@PathVariable UUID id, @PathVariable String action,
            @RequestParam(required = false, defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable List<String> items, Model model, FormPage page) {
        page.onRefused(() -> dossier(id, model));
        switch (action) {
            case "tiep-nhan" -> reception.receiveSubmitted(id);
            case "bo-sung" -> reception.requestCompletionOfSubmitted(id, reason, items == null ? List.of() : items);
            case "tu-choi" -> reception.refuseSubmitted(id, reason);
            default -> throw new vn.dvc.portal.platform.ResourceNotFound("no action " + action);
        }
        return "redirect:/can-bo/tiep-nhan/ho-so/" + id;
    }

    @GetMapping("/can-bo/tiep-nhan/ho-so/{id}/phieu")
    ResponseEntity<byte[]> slip(@PathVariable UUID id) {
        Dossier dossier = reception.handled(id);
        return views.slip(dossier);
    }

    @GetMapping("/can-bo/tiep-nhan/ho-so/{id}/tep/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        Dossier dossier = reception.handled(id);
        return views.file(dossier, fileId);
    }

    private String intake(Model model, Procedure procedure, IntakeForm form) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("procedureCase", procedure.findCase(form.caseCode()).orElseThrow(
                () -> new vn.dvc.portal.platform.ResourceNotFound("no case " + form.caseCode())));
        model.addAttribute("form", form);
        return "dossier/desk-intake";
    }

    private static WalkIn walkIn(IntakeForm form, MultiValueMap<String, MultipartFile> files) {
        Applicant applicant = ApplicantRules.check(kind(form.applicantKind()), form.applicantName(), form.applicantIdNumber(),
                form.applicantAddress(), form.applicantPhone(), form.applicantEmail(), form.submitterName(),
                form.submitterPhone());
        int sets;
        try {
            sets = Integer.parseInt(form.sets().strip());
        } catch (NumberFormatException e) {
            throw IntakeRefusals.of("sets", "sets", "the number of sets must be a whole number");
        }
        Channel channel = "POSTAL".equals(form.channel()) ? Channel.POSTAL : Channel.IN_PERSON;
        Set<String> provided = new LinkedHashSet<>(form.provided());
        List<Upload> scans = uploads(files);
        scans.forEach(scan -> provided.add(scan.componentCode()));
        return new WalkIn(form.procedureCode(), form.caseCode(), channel, applicant, provided, sets, form.summary(),
                Map.of(), scans);
    }

    /** Files named {@code file-<component code>}; empty file inputs are skipped. */
    static List<Upload> uploads(MultiValueMap<String, MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        files.forEach((name, list) -> {
            if (name.startsWith("file-")) {
                for (MultipartFile file : list) {
                    if (!file.isEmpty()) {
                        try {
                            uploads.add(new Upload(name.substring(5), String.valueOf(file.getOriginalFilename()),
                                    String.valueOf(file.getContentType()), file.getBytes()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }
        });
        return uploads;
    }

    private static IntakeForm form(Map<String, String[]> params, String @Nullable [] provided, String @Nullable [] items) {
        Map<String, String> p = new LinkedHashMap<>();
        params.forEach((key, values) -> p.put(key, values.length == 0 ? "" : values[0]));
        return new IntakeForm(p.getOrDefault("procedureCode", ""), p.getOrDefault("caseCode", ""),
                p.getOrDefault("channel", "IN_PERSON"), p.getOrDefault("applicantKind", "PERSON"),
                p.getOrDefault("applicantName", ""), p.getOrDefault("applicantIdNumber", ""),
                p.getOrDefault("applicantAddress", ""), p.getOrDefault("applicantPhone", ""),
                p.getOrDefault("applicantEmail", ""), p.getOrDefault("submitterName", ""),
                p.getOrDefault("submitterPhone", ""), provided == null ? Set.of() : Set.of(provided),
                p.getOrDefault("sets", "1"), p.getOrDefault("summary", ""), p.getOrDefault("reason", ""),
                items == null ? List.of() : List.of(items));
    }

    private static Applicant.Kind kind(String text) {
        try {
            return Applicant.Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw IntakeRefusals.of("applicantKind", "applicantKind", "unknown applicant kind");
        }
    }

}
