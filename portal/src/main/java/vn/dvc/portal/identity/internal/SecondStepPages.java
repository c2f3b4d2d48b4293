package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.FormError;

/**
 * The second step of sign-in ({@code /dang-nhap/ma-xac-thuc}: the code from the authenticator app, or a
 * recovery code, after the right password) and the step-up page ({@code /dang-nhap/nang-muc}: a signed-in
 * user proves the second factor again to raise the session's assurance level, then returns to a same-site
 * path). {@value SecondFactor#MAX_WRONG_CODES} wrong codes lock this step for 2 hours, with an honest
 * message.
 */
@Controller
class SecondStepPages {

    private final SecondFactor secondFactor;
    private final AccountStore accounts;
    private final SignInSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<NationalSignIn> nationalSignOn;

    SecondStepPages(SecondFactor secondFactor, AccountStore accounts, SignInSessions sessions, AuditLog audit,
            Clock clock, org.springframework.beans.factory.ObjectProvider<NationalSignIn> nationalSignOn) {
        this.nationalSignOn = nationalSignOn;
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    // --- sign-in, second step -----------------------------------------------------------------------------

    @GetMapping("/dang-nhap/ma-xac-thuc")
    String secondStep(Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<SecondFactorPending> pending = pending();
        if (pending.isEmpty()) {
            return "redirect:/dang-nhap";
        }
        if (pending.get().expiredAt(clock.instant())) {
            return expired(request, response);
        }
        FormError.addTo(model, List.of());
        return secondStepPage(model, false);
    }

    @PostMapping("/dang-nhap/ma-xac-thuc")
    String checkSecondStep(@RequestParam(required = false) @Nullable String code, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<SecondFactorPending> found = pending();
        if (found.isEmpty()) {
            return "redirect:/dang-nhap";
        }
        SecondFactorPending pending = found.get();
        if (pending.expiredAt(clock.instant())) {
            return expired(request, response);
        }
        var accountId = pending.pending().accountId();
        SecondFactor.Outcome outcome = secondFactor.verify(accountId, code, "sign-in");
        if (outcome.accepted()) {
            StoredAccount account = accounts.findById(accountId).orElseThrow();
            if (account.status() != StoredAccount.Status.ACTIVE || account.lockedAt(clock.instant())) {
                return expired(request, response);
            }
            SignedInUser user = account.toPrincipal(AssuranceLevel.VERIFIED_BY_CODE);
            audit.record("identity.sign-in.succeeded", "account", accountId.toString(), Map.of(
                    "method", outcome == SecondFactor.Outcome.ACCEPTED ? "password+totp" : "password+recovery-code",
                    "assuranceLevel", user.getAssuranceLevel().name()));
            sessions.establish(SignInSessions.signedIn(user, false, pending.getDetails()), request, response);
            return "redirect:" + sessions.target(request, response);
        }
        if (outcome == SecondFactor.Outcome.NOT_ENABLED) {
            return expired(request, response);
        }
        FormError.addTo(model, List.of(codeError(outcome, accountId)));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return secondStepPage(model, false);
    }

    // --- step-up ------------------------------------------------------------------------------------------

    @GetMapping("/dang-nhap/nang-muc")
    String stepUp(@RequestParam(name = "muc", required = false) @Nullable String level,
            @RequestParam(name = "tiep", required = false) @Nullable String next, Model model) {
        Optional<SignedInUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return "redirect:/dang-nhap";
        }
        AssuranceLevel required = level(level);
        String back = SafePaths.relative(next);
        if (user.get().getAssuranceLevel().isAtLeast(required)) {
            return "redirect:" + back;
        }
        FormError.addTo(model, List.of());
        return stepUpPage(model, user.get(), required, back);
    }

    @PostMapping("/dang-nhap/nang-muc")
    String checkStepUp(@RequestParam(name = "muc", required = false) @Nullable String level,
            @RequestParam(name = "tiep", required = false) @Nullable String next,
            @RequestParam(required = false) @Nullable String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<SignedInUser> found = CurrentUser.get();
        if (found.isEmpty()) {
            return "redirect:/dang-nhap";
        }
        SignedInUser user = found.get();
        AssuranceLevel required = level(level);
        String back = SafePaths.relative(next);
        if (user.getAssuranceLevel().isAtLeast(required)) {
            return "redirect:" + back;
        }
        if (required.isAtLeast(AssuranceLevel.NATIONAL_IDENTITY)) {
            FormError.addTo(model, List.of());
            return stepUpPage(model, user, required, back);
        }
        SecondFactor.Outcome outcome = secondFactor.verify(user.getAccountId(), code, "step-up");
        if (outcome.accepted()) {
            SignedInUser raised = user.withAssuranceLevel(AssuranceLevel.VERIFIED_BY_CODE);
            audit.record("identity.step-up.succeeded", "account", user.getAccountId().toString(), Map.of(
                    "from", user.getAssuranceLevel().name(), "to", raised.getAssuranceLevel().name(),
                    "method", outcome == SecondFactor.Outcome.ACCEPTED ? "totp" : "recovery-code"));
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            sessions.establish(SignInSessions.signedIn(raised, false, current == null ? null : current.getDetails()),
                    request, response);
            return "redirect:" + back;
        }
        FormError.addTo(model, outcome == SecondFactor.Outcome.NOT_ENABLED ? List.of()
                : List.of(codeError(outcome, user.getAccountId())));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return stepUpPage(model, user, required, back);
    }

    // ------------------------------------------------------------------------------------------------------

    private String secondStepPage(Model model, boolean stepUp) {
        model.addAttribute("stepUp", stepUp);
        model.addAttribute("action", "/dang-nhap/ma-xac-thuc");
        return "identity/second-step";
    }

    private String stepUpPage(Model model, SignedInUser user, AssuranceLevel required, String back) {
        model.addAttribute("stepUp", true);
        model.addAttribute("action", "/dang-nhap/nang-muc");
        model.addAttribute("required", required);
        model.addAttribute("current", user.getAssuranceLevel());
        model.addAttribute("next", back);
        model.addAttribute("national", required.isAtLeast(AssuranceLevel.NATIONAL_IDENTITY));
        model.addAttribute("nationalSignOn", nationalSignOn.getIfAvailable() != null);
        model.addAttribute("hasTotp", secondFactor.enabled(user.getAccountId()));
        return "identity/second-step";
    }

    private FormError codeError(SecondFactor.Outcome outcome, java.util.UUID accountId) {
        return switch (outcome) {
            case LOCKED, LOCKED_NOW -> FormError.of("code", "identity.secondStep.error.locked");
            default -> {
                int left = secondFactor.triesLeft(accountId);
                yield FormError.of("code", "identity.secondStep.error.wrong", left);
            }
        };
    }

    private String expired(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/dang-nhap?het-han";
    }

    private static Optional<SecondFactorPending> pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending
                ? Optional.of(pending) : Optional.empty();
    }

    private static AssuranceLevel level(@Nullable String level) {
        if (level != null) {
            for (AssuranceLevel candidate : AssuranceLevel.values()) {
                if (candidate.name().equals(level)) {
                    return candidate;
                }
            }
        }
        return AssuranceLevel.VERIFIED_BY_CODE;
    }
}
