package vn.dvc.portal.processing.internal;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The applicant's side of processing, under their dossier ({@code /tai-khoan/ho-so/{id}/xu-ly}): supplement what
 * was requested (the clock resumes), withdraw the dossier, and comment on the handling (EVAL-3). Someone else's
 * dossier is "not found".
 */
@Controller
class ApplicantPages {

    private final CaseActions actions;
    private final CaseStore store;
    private final Comments comments;
    private final Dossiers dossiers;
    private final Permissions permissions;

    ApplicantPages(CaseActions actions, CaseStore store, Comments comments, Dossiers dossiers, Permissions permissions) {
        this.actions = actions;
        this.store = store;
        this.comments = comments;
        this.dossiers = dossiers;
        this.permissions = permissions;
    }

    /** The applicant's page; errors already in the model (a refused action's) stay. */
    @GetMapping("/tai-khoan/ho-so/{id}/xu-ly")
    String page(@PathVariable UUID id, Model model) {
        DossierView d = owned(id);
        model.addAttribute("dossier", d);
        model.addAttribute("processing", store.find(d).orElse(null));
        model.addAttribute("comments", comments.of(id));
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        return "processing/applicant";
    }

    @PostMapping("/tai-khoan/ho-so/{id}/xu-ly/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable List<MultipartFile> files, Model model, FormPage form)
            throws IOException {
        owned(id);
        form.onRefused(refused -> {
            FormError.addTo(model, CasePages.onPage(refused, action, "applicant-title"));
            return page(id, model);
        });
        switch (action) {
            case "bo-sung" -> actions.act(id, version, new Act.ProvideSupplement(text == null ? "" : text,
                    CasePages.uploads(files)));
            case "rut" -> actions.act(id, version, new Act.Withdraw(text == null ? "" : text));
            case "y-kien" -> comments.add(id, text == null ? "" : text);
            default -> throw new ResourceNotFound("no action " + action);
        }
        return "redirect:/tai-khoan/ho-so/" + id + "/xu-ly?xong=" + action;
    }

    private DossierView owned(UUID id) {
        DossierView d = dossiers.find(id).orElseThrow(() -> new ResourceNotFound("no dossier " + id));
        if (!permissions.isOwner(permissions.user(), d)) {
            throw new ResourceNotFound("no dossier " + id);
        }
        return d;
    }
}
