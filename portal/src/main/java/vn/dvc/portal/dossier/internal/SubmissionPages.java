package vn.dvc.portal.dossier.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
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
import org.springframework.web.multipart.MultipartFile;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Online submission pages: the section page {@code /nop-ho-so}, a procedure's start page
 * {@code /nop-ho-so/{code}} (sign-in and the procedure's assurance level required), and the wizard of a draft
 * under {@code /tai-khoan/ho-so/nhap/{id}} (information → components → review and submit). In headless mode
 * ({@code DVC_CITIZEN_PORTAL=national}) each of them answers with the platform's page that sends people to the
 * National Public Service Portal (with the procedure's page there when the address names one of ours); a draft
 * already submitted still leads to its dossier.
 */
@Controller
class SubmissionPages {

    private final OnlineSubmission submission;
    private final ApplicantDossiers mine;
    private final vn.dvc.portal.catalog.ProcedureIndex catalogue;

    SubmissionPages(OnlineSubmission submission, ApplicantDossiers mine, vn.dvc.portal.catalog.ProcedureIndex catalogue) {
        this.submission = submission;
        this.mine = mine;
        this.catalogue = catalogue;
    }

    /** The procedures offered online, by sector name then procedure name, for the section page. */
    private void offered(Model model) {
        java.util.Map<String, List<vn.dvc.portal.catalog.Procedure>> bySector = new java.util.TreeMap<>();
        catalogue.published().stream().filter(vn.dvc.portal.catalog.Procedure::isOfferedOnline)
                .sorted(java.util.Comparator.comparing(vn.dvc.portal.catalog.Procedure::name))
                .forEach(p -> bySector.computeIfAbsent(p.sector().name(), k -> new java.util.ArrayList<>()).add(p));
        model.addAttribute("offered", bySector);
    }

    @GetMapping("/nop-ho-so")
    String section(@RequestParam(name = "thu-tuc", required = false) @Nullable String code, Model model) {
        if (code != null && !code.isBlank()) {
            return "redirect:/nop-ho-so/" + code.strip();
        }
        submission.requireOnline();
        boolean signedIn = CurrentUser.get().isPresent();
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("drafts", signedIn && isApplicant() ? submission.openDrafts() : List.of());
        offered(model);
        FormError.addTo(model, List.of());
        return "dossier/section";
    }

    @GetMapping("/nop-ho-so/{code}")
    String procedure(@PathVariable String code, Model model, FormPage page) {
        page.onRefused(() -> {
            model.addAttribute("signedIn", true);
            model.addAttribute("drafts", submission.openDrafts());
            model.addAttribute("procedureCode", code);
            offered(model);
            return "dossier/section";
        });
        model.addAttribute("procedure", submission.offered(code));
        FormError.addTo(model, List.of());
        return "dossier/start";
    }

    @PostMapping("/nop-ho-so/{code}")
    String start(@PathVariable String code, @RequestParam(defaultValue = "") String caseCode, Model model,
            FormPage page) {
        page.onRefused(() -> {
            model.addAttribute("procedure", submission.offered(code));
            return "dossier/start";
        });
        return "redirect:/tai-khoan/ho-so/nhap/" + submission.start(code, caseCode);
    }

    @GetMapping("/tai-khoan/ho-so/nhap/{id}")
    String wizard(@PathVariable UUID id, @RequestParam(name = "buoc", defaultValue = "thong-tin") String step,
            Model model) {
        Draft draft = submission.draft(id);
        if (draft.submittedDossier() != null) {
            return "redirect:/tai-khoan/ho-so/" + draft.submittedDossier();
        }
        submission.requireOnline(draft);
        FormError.addTo(model, List.of());
        return render(draft, step, model, null);
    }

    @PostMapping("/tai-khoan/ho-so/nhap/{id}/thong-tin")
    String saveForm(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model, FormPage page) {
        Map<String, String> values = new LinkedHashMap<>();
        submission.requireOnline(submission.draft(id));
        params.forEach((key, value) -> values.put(key.startsWith("f-") ? key.substring(2) : key, value));
        page.onRefused(() -> render(submission.draft(id), "thong-tin", model, params.get("applicant.idNumber")));
        submission.saveForm(id, values, params.getOrDefault("applicant.idNumber", ""));
        return "redirect:/tai-khoan/ho-so/nhap/" + id + "?buoc=thanh-phan";
    }

    @PostMapping("/tai-khoan/ho-so/nhap/{id}/thanh-phan")
    String attach(@PathVariable UUID id, @RequestParam String componentCode,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable UUID documentId, Model model, FormPage page) throws IOException {
        submission.requireOnline(submission.draft(id));
        page.onRefused(() -> render(submission.draft(id), "thanh-phan", model, null));
        if (documentId != null) {
            submission.reuse(id, componentCode, documentId);
        } else if (file != null && !file.isEmpty()) {
            submission.attach(id, new Upload(componentCode, String.valueOf(file.getOriginalFilename()),
                    String.valueOf(file.getContentType()), file.getBytes()));
        } else {
            throw IntakeRefusals.of("file-" + componentCode, "fileMissing", "choose a file", componentCode);
        }
        return "redirect:/tai-khoan/ho-so/nhap/" + id + "?buoc=thanh-phan";
    }

    @PostMapping("/tai-khoan/ho-so/nhap/{id}/nop")
    String submit(@PathVariable UUID id, @RequestParam(defaultValue = "") String token, Model model, FormPage page) {
        page.onRefused(refused -> render(submission.draft(id), stepOf(refused), model, null));
        return "redirect:/tai-khoan/ho-so/" + submission.submit(id, token) + "?da-nop";
    }

    /** The wizard's step that shows a refused field: the information step for the form, else the review. */
    private static String stepOf(RefusedInput refused) {
        String field = refused.field();
        return field.startsWith("f-") || field.startsWith("applicant-") ? "thong-tin" : "xem-lai";
    }

    private String render(Draft draft, String step, Model model, @Nullable String typedId) {
        Procedure procedure = submission.procedureOf(draft);
        Procedure.ProcedureCase procedureCase = procedure.findCase(draft.caseCode()).orElseThrow();
        model.addAttribute("draft", draft);
        model.addAttribute("procedure", procedure);
        model.addAttribute("procedureCase", procedureCase);
        model.addAttribute("step", List.of("thong-tin", "thanh-phan", "xem-lai").contains(step) ? step : "thong-tin");
        model.addAttribute("idNumber", typedId != null ? typedId : draft.idNumber() == null ? "" : draft.idNumber());
        model.addAttribute("documents", mine.documents());
        return "dossier/wizard";
    }

    private static boolean isApplicant() {
        return CurrentUser.get().map(u -> u.getKind() != vn.dvc.portal.identity.AccountKind.OFFICER).orElse(false);
    }
}
