package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Registration pages: {@code /dang-ky} (choose individual or organisation), the two forms, and
 * {@code /dang-ky/xac-minh/{id}} where the one-time code is typed.
 */
@Controller
class RegistrationPages {

    private final Registration registration;

    RegistrationPages(Registration registration) {
        this.registration = registration;
    }

    @GetMapping("/dang-ky")
    String choose() {
        return "identity/register";
    }

    @GetMapping("/dang-ky/ca-nhan")
    String individualForm(Model model) {
        model.addAttribute("form", new RegistrationForms.Individual(null, null, null, null, null, null, null,
                "EMAIL", null));
        FormError.addTo(model, List.of());
        return "identity/register-individual";
    }

    @PostMapping("/dang-ky/ca-nhan")
    String registerIndividual(@ModelAttribute("form") RegistrationForms.Individual form, Model model,
            FormPage page) {
        page.onRefused(() -> {
            model.addAttribute("form", form.withoutSecrets());
            return "identity/register-individual";
        });
        return "redirect:/dang-ky/xac-minh/" + registration.registerIndividual(form);
    }

    @GetMapping("/dang-ky/to-chuc")
    String organisationForm(Model model) {
        model.addAttribute("form", new RegistrationForms.Organisation(null, null, null, null, null, null, null, null,
                "EMAIL", null));
        FormError.addTo(model, List.of());
        return "identity/register-organisation";
    }

    @PostMapping("/dang-ky/to-chuc")
    String registerOrganisation(@ModelAttribute("form") RegistrationForms.Organisation form, Model model,
            FormPage page) {
        page.onRefused(() -> {
            model.addAttribute("form", form.withoutSecrets());
            return "identity/register-organisation";
        });
        return "redirect:/dang-ky/xac-minh/" + registration.registerOrganisation(form);
    }

    @GetMapping("/dang-ky/xac-minh/{id}")
    String verifyForm(@PathVariable UUID id, @RequestParam(name = "da-gui-lai", required = false) @Nullable String resent,
            Model model) {
        model.addAttribute("resent", resent != null);
        FormError.addTo(model, List.of());
        return verifyPage(id, model);
    }

    @PostMapping("/dang-ky/xac-minh/{id}")
    String verify(@PathVariable UUID id, @RequestParam(required = false) @Nullable String code, Model model,
            FormPage page) {
        page.onRefused(() -> {
            model.addAttribute("resent", false);
            return verifyPage(id, model);
        });
        Registration.Verification result = registration.verify(id, code);
        return switch (result.outcome()) {
            case ACCEPTED -> "redirect:/dang-nhap?da-dang-ky";
            case WRONG -> throw RefusedInput.of("code", "identity.error.code.wrong", result.attemptsLeft());
            case EXPIRED -> throw RefusedInput.of("code", "identity.error.code.expired");
            case USED -> throw RefusedInput.of("code", "identity.error.code.used");
            case TOO_MANY_ATTEMPTS -> throw RefusedInput.of("code", "identity.error.code.tooManyAttempts");
        };
    }

    @PostMapping("/dang-ky/xac-minh/{id}/gui-lai")
    String resend(@PathVariable UUID id, Model model, HttpServletResponse response) {
        if (registration.resend(id)) {
            return "redirect:/dang-ky/xac-minh/" + id + "?da-gui-lai";
        }
        model.addAttribute("resent", false);
        FormError.addTo(model, List.of(FormError.of("code", "identity.error.code.resendLimit")));
        response.setStatus(429);
        return verifyPage(id, model);
    }

    private String verifyPage(UUID id, Model model) {
        Registration.Pending pending = registration.pending(id)
                .orElseThrow(() -> new ResourceNotFound("no pending registration " + id));
        model.addAttribute("pending", pending);
        return "identity/verify";
    }
}
