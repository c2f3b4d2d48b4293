package vn.dvc.portal.identity.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import vn.dvc.portal.platform.RefusedInput;

/** The leader's delegation page ({@code /can-bo/uy-quyen}): let a deputy act for a period, see and revoke. */
@Controller
class DelegationPages {

    /** What the grant form sent, to show it again with its errors. */
    record GrantForm(@Nullable String to, @Nullable String startsOn, @Nullable String endsOn, @Nullable String reason) {
    }

    private final DelegationSelfService service;

    DelegationPages(DelegationSelfService service) {
        this.service = service;
    }

    @GetMapping("/can-bo/uy-quyen")
    String page(@RequestParam(name = "da-luu", required = false) @Nullable String saved, Model model) {
        model.addAttribute("saved", saved != null);
        FormError.addTo(model, List.of());
        return render(model, new GrantForm("", "", "", ""));
    }

    @PostMapping("/can-bo/uy-quyen")
    String grant(@RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String startsOn,
            @RequestParam(required = false) @Nullable String endsOn,
            @RequestParam(required = false) @Nullable String reason, Model model, FormPage page) {
        GrantForm form = new GrantForm(to, startsOn, endsOn, reason);
        page.onRefused(() -> {
            model.addAttribute("saved", false);
            return render(model, form);
        });
        List<FormError> errors = new ArrayList<>();
        UUID deputy = deputy(to);
        if (deputy == null) {
            errors.add(FormError.of("to", "identity.error.to.notOfficer"));
        }
        LocalDate from = date(startsOn, "startsOn", errors);
        LocalDate until = date(endsOn, "endsOn", errors);
        RefusedInput.throwIfAny(errors);
        service.grant(user(), deputy, from, until, reason == null ? "" : reason);
        return "redirect:/can-bo/uy-quyen?da-luu";
    }

    @PostMapping("/can-bo/uy-quyen/{id}/thu-hoi")
    String revoke(@PathVariable UUID id, Model model, FormPage page) {
        page.onRefused(() -> {
            model.addAttribute("saved", false);
            return render(model, new GrantForm("", "", "", ""));
        });
        service.revoke(user(), id);
        return "redirect:/can-bo/uy-quyen?da-luu";
    }

    private String render(Model model, GrantForm form) {
        SignedInUser leader = user();
        model.addAttribute("deputies", service.deputies(leader));
        model.addAttribute("rows", service.delegations(leader));
        model.addAttribute("form", form);
        return "identity/delegations";
    }

    private static @Nullable UUID deputy(@Nullable String to) {
        try {
            return to == null || to.isBlank() ? null : UUID.fromString(to);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, List<FormError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FormError.of(field, "identity.error." + field + ".required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(FormError.of(field, "identity.error." + field + ".format"));
            return null;
        }
    }

    private static SignedInUser user() {
        return CurrentUser.get().orElseThrow();
    }
}
