package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.platform.FormError;

/**
 * The sign-in page. The platform's security configuration processes {@code POST /dang-nhap} (form login
 * with {@link PasswordSignIn}) and forwards a failure to {@code /dang-nhap/that-bai}, which shows the
 * form again with one message: the same for an unknown name and a wrong password, an honest one for a
 * lockout.
 */
@Controller
class SignInPages {

    private final org.springframework.beans.factory.ObjectProvider<NationalSignIn> national;
    private final vn.dvc.portal.platform.AuditLog audit;

    SignInPages(org.springframework.beans.factory.ObjectProvider<NationalSignIn> national,
            vn.dvc.portal.platform.AuditLog audit) {
        this.national = national;
        this.audit = audit;
    }

    @GetMapping("/dang-nhap")
    String form(@RequestParam(name = "da-dang-xuat", required = false) @Nullable String signedOut,
            @RequestParam(name = "da-dang-ky", required = false) @Nullable String registered,
            @RequestParam(name = "da-dang-xuat-moi-noi", required = false) @Nullable String signedOutEverywhere,
            @RequestParam(name = "da-dat-lai-mat-khau", required = false) @Nullable String passwordReset,
            @RequestParam(name = "het-han", required = false) @Nullable String expired,
            Model model) {
        String notice = passwordReset != null ? "identity.signIn.passwordReset"
                : expired != null ? "identity.signIn.expired"
                : signedOutEverywhere != null ? "identity.signIn.signedOutEverywhere"
                : signedOut != null ? "identity.signIn.signedOut"
                : registered != null ? "identity.signIn.registered" : null;
        model.addAttribute("notice", notice);
        model.addAttribute("username", "");
        model.addAttribute("nationalSignOn", national.getIfAvailable() != null);
        FormError.addTo(model, List.of());
        return "identity/sign-in";
    }

    // GET too: a failed national sign-in is forwarded from the provider's redirect back (a GET)
    @org.springframework.web.bind.annotation.RequestMapping(value = "/dang-nhap/that-bai",
            method = {org.springframework.web.bind.annotation.RequestMethod.GET,
                    org.springframework.web.bind.annotation.RequestMethod.POST})
    String failed(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object failure = request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth) {
            return nationalFailed(oauth, response, model);
        }
        FormError error = switch (failure) {
            case SignInThrottledException e -> FormError.of("username", "identity.signIn.error.throttled");
            case LockedException e -> FormError.of("password", "identity.signIn.error.locked");
            case DisabledException e when PasswordSignIn.PENDING.equals(e.getMessage()) ->
                    FormError.of("username", "identity.signIn.error.pending");
            case DisabledException e -> FormError.of("username", "identity.signIn.error.disabled");
            case null, default -> FormError.of("username", "identity.signIn.error.credentials");
        };
        String username = request.getParameter("username");
        model.addAttribute("notice", null);
        model.addAttribute("nationalSignOn", national.getIfAvailable() != null);
        model.addAttribute("username", username == null || username.length() > SignInRules.MAX_NAME_LENGTH ? "" : username);
        FormError.addTo(model, List.of(error));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return "identity/sign-in";
    }

    /**
     * A refused national sign-in: a tampered or stale answer (state, nonce, issuer, signature), an unknown
     * level, claims that do not fit, or the user's own cancellation. Refusals by the accounts module are
     * audited there; the others here (the error code only, never a code, token or claim).
     */
    private String nationalFailed(org.springframework.security.oauth2.core.OAuth2AuthenticationException failure,
            HttpServletResponse response, Model model) {
        String code = failure.getError().getErrorCode();
        String reason = switch (code) {
            case "dvc_acr" -> "acr";
            case "dvc_claims" -> "claims";
            case "dvc_mismatch" -> "mismatch";
            case "dvc_contact" -> "contact";
            case "dvc_pending" -> "pending";
            case "dvc_disabled" -> "disabled";
            case "dvc_other-person" -> "otherPerson";
            case "authorization_request_not_found", "invalid_state_parameter" -> "state";
            case "access_denied" -> "cancelled";
            default -> "invalid";
        };
        if (!code.startsWith("dvc_")) {
            audit.record("identity.sign-in.failed", "sign-in", "national",
                    java.util.Map.of("method", "national", "reason", code.length() > 60 ? "invalid" : code));
        }
        model.addAttribute("notice", null);
        model.addAttribute("username", "");
        model.addAttribute("nationalSignOn", national.getIfAvailable() != null);
        FormError.addTo(model, List.of(FormError.of("national", "identity.national.error." + reason)));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return "identity/sign-in";
    }
}
