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
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;

/** "Forgot your password": {@code /quen-mat-khau} asks for the sign-in name, {@code /quen-mat-khau/{id}} for the code. */
@Controller
class PasswordResetPages {

    private final PasswordReset reset;

    PasswordResetPages(PasswordReset reset) {
        this.reset = reset;
    }

    @GetMapping("/quen-mat-khau")
    String start(Model model) {
        model.addAttribute("username", "");
        FormError.addTo(model, List.of());
        return "identity/reset-start";
    }

    @PostMapping("/quen-mat-khau")
    String send(@RequestParam(required = false) @Nullable String username, Model model, FormPage page) {
        page.onRefused(() -> {
            model.addAttribute("username", "");
            return "identity/reset-start";
        });
        return "redirect:/quen-mat-khau/" + reset.start(username);
    }

    @GetMapping("/quen-mat-khau/{id}")
    String codeForm(@PathVariable UUID id, Model model) {
        model.addAttribute("id", id);
        FormError.addTo(model, List.of());
        return "identity/reset-complete";
    }

    @PostMapping("/quen-mat-khau/{id}")
    String complete(@PathVariable UUID id, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String newPassword, Model model, FormPage page) {
        page.onRefused(() -> {
            model.addAttribute("id", id);
            return "identity/reset-complete";
        });
        reset.complete(id, code, newPassword);
        return "redirect:/dang-nhap?da-dat-lai-mat-khau";
    }
}
