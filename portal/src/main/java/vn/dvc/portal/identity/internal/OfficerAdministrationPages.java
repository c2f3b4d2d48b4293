package vn.dvc.portal.identity.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The administrators' officer pages ({@code /quan-tri/can-bo}). The platform lets only officers into
 * {@code /quan-tri}; {@link OfficerAdministration} lets only role {@code ADMIN} through (403 for others).
 */
@Controller
class OfficerAdministrationPages {

    private static final OfficerAdministration.OfficerForm EMPTY =
            new OfficerAdministration.OfficerForm("", "", "", "", "", "", List.of(), "");

    private final OfficerAdministration service;

    OfficerAdministrationPages(OfficerAdministration service) {
        this.service = service;
    }

    @GetMapping("/quan-tri/can-bo")
    String list(@RequestParam(name = "da-tao", required = false) @Nullable String created, Model model) {
        model.addAttribute("officers", service.officers());
        model.addAttribute("created", created != null);
        return "identity/officers";
    }

    @GetMapping("/quan-tri/can-bo/tao-moi")
    String createForm(Model model) {
        FormError.addTo(model, List.of());
        return createPage(model, EMPTY);
    }

    @PostMapping("/quan-tri/can-bo/tao-moi")
    String create(@RequestParam(required = false) @Nullable String fullName,
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String agencyCode,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable List<String> roles,
            @RequestParam(required = false) @Nullable String scopeCode, Model model, FormPage page) {
        OfficerAdministration.OfficerForm form = new OfficerAdministration.OfficerForm(fullName, username, email, phone,
                agencyCode, unit, roles == null ? List.of() : roles, scopeCode);
        page.onRefused(() -> createPage(model, form));
        service.create(form, user());
        return "redirect:/quan-tri/can-bo?da-tao";
    }

    @GetMapping("/quan-tri/can-bo/{id}")
    String officer(@PathVariable UUID id, @RequestParam(name = "da-luu", required = false) @Nullable String saved,
            Model model) {
        model.addAttribute("saved", saved != null);
        FormError.addTo(model, List.of());
        return officerPage(id, model);
    }

    @PostMapping("/quan-tri/can-bo/{id}/thong-tin")
    String update(@PathVariable UUID id, @RequestParam(required = false) @Nullable String fullName,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String agencyCode,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String scopeCode, Model model, FormPage page) {
        OfficerAdministration.OfficerForm form = new OfficerAdministration.OfficerForm(fullName, null, email, phone,
                agencyCode, unit, List.of(), scopeCode);
        page.onRefused(() -> {
            model.addAttribute("form", form);
            return again(id, model);
        });
        service.update(id, form, user());
        return "redirect:/quan-tri/can-bo/" + id + "?da-luu";
    }

    @PostMapping("/quan-tri/can-bo/{id}/vai-tro")
    String changeRoles(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> roles, Model model,
            FormPage page) {
        page.onRefused(() -> again(id, model));
        service.changeRoles(id, roles, user());
        return "redirect:/quan-tri/can-bo/" + id + "?da-luu";
    }

    @PostMapping("/quan-tri/can-bo/{id}/trang-thai")
    String setActive(@PathVariable UUID id, @RequestParam(required = false) @Nullable String active, Model model,
            FormPage page) {
        page.onRefused(() -> again(id, model));
        service.setActive(id, "true".equals(active), user());
        return "redirect:/quan-tri/can-bo/" + id + "?da-luu";
    }

    @PostMapping("/quan-tri/can-bo/{id}/xac-thuc-hai-buoc")
    String resetSecondFactor(@PathVariable UUID id, Model model, FormPage page) {
        page.onRefused(() -> again(id, model));
        service.resetSecondFactor(id, user());
        return "redirect:/quan-tri/can-bo/" + id + "?da-luu";
    }

    /** The officer's page again, for a refused form. */
    private String again(UUID id, Model model) {
        model.addAttribute("saved", false);
        return officerPage(id, model);
    }

    private String createPage(Model model, OfficerAdministration.OfficerForm form) {
        model.addAttribute("allRoles", service.officerRoles());
        model.addAttribute("agencies", service.assignableAgencies());
        model.addAttribute("form", form);
        return "identity/officer-new";
    }

    private static @Nullable String nameOf(List<vn.dvc.portal.catalog.Agency> agencies, String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).map(vn.dvc.portal.catalog.Agency::name)
                .findFirst().orElse(null);
    }

    private String officerPage(UUID id, Model model) {
        AccountStore.OfficerRow officer = service.officer(id)
                .orElseThrow(() -> new ResourceNotFound("no officer " + id));
        model.addAttribute("officer", officer);
        model.addAttribute("allRoles", service.officerRoles());
        java.util.List<vn.dvc.portal.catalog.Agency> agencies = service.assignableAgencies();
        model.addAttribute("agencies", agencies);
        model.addAttribute("agencyName", nameOf(agencies, officer.agencyCode()));
        model.addAttribute("scopeName", nameOf(agencies, officer.scopeCode()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OfficerAdministration.OfficerForm(officer.displayName(), officer.username(),
                    officer.email(), officer.phone(), officer.agencyCode(), officer.unit(), List.of(),
                    officer.scopeCode().equals(officer.agencyCode()) ? "" : officer.scopeCode()));
        }
        model.addAttribute("self", officer.id().equals(user().getAccountId()));
        return "identity/officer";
    }

    private static SignedInUser user() {
        return CurrentUser.get().orElseThrow();
    }
}
