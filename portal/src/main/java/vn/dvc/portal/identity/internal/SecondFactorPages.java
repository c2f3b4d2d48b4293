package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.SignInStages;
import vn.dvc.portal.platform.FormError;

/**
 * Two-step verification on the account page ({@code /tai-khoan/xac-thuc-hai-buoc}): set up TOTP (the secret
 * as text and as a QR code drawn on the server, confirmed by a first code, then the recovery codes shown
 * once), see how many recovery codes are left, and turn it off with the password and a code. An officer who
 * signed in without a second factor lands here and reaches the officers' areas only once it is set up.
 */
@Controller
class SecondFactorPages {

    private final SecondFactor secondFactor;
    private final AccountStore accounts;
    private final SignInSessions sessions;

    SecondFactorPages(SecondFactor secondFactor, AccountStore accounts, SignInSessions sessions) {
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping(SignInStages.SETUP_PATH)
    String page(@RequestParam(name = "da-tat", required = false) @Nullable String disabled, Model model,
            Authentication authentication, HttpServletResponse response) {
        model.addAttribute("disabledNow", disabled != null);
        FormError.addTo(model, List.of());
        return page(model, authentication, response);
    }

    @PostMapping(SignInStages.SETUP_PATH)
    String confirm(@RequestParam(required = false) @Nullable String code, Model model, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, FormPage page) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        page.onRefused(() -> again(model, authentication, response));
        List<String> recoveryCodes = secondFactor.confirmSetup(user, code);
        // an officer's session may now reach the officers' areas. The level stays as it is: this first
        // code proves only that the app holds the secret this same session has just shown; a code at a
        // later sign-in or step-up proves possession of the registered device and raises the level.
        StoredAccount account = accounts.findById(user.getAccountId()).orElseThrow();
        sessions.establish(SignInSessions.signedIn(account.toPrincipal(user.getAssuranceLevel()), false,
                authentication.getDetails()), request, response);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "identity/recovery-codes";
    }

    /** After the recovery codes: on to the page asked for before sign-in (an officer's area), else the account. */
    @GetMapping(SignInStages.SETUP_PATH + "/tiep-tuc")
    String carryOn(HttpServletRequest request, HttpServletResponse response) {
        return "redirect:" + sessions.target(request, response);
    }

    @PostMapping(SignInStages.SETUP_PATH + "/tat")
    String disable(@RequestParam(required = false) @Nullable String disablePassword,
            @RequestParam(required = false) @Nullable String code, Model model, Authentication authentication,
            HttpServletResponse response, FormPage page) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        page.onRefused(() -> again(model, authentication, response));
        secondFactor.disable(user, disablePassword, code);
        return "redirect:" + SignInStages.SETUP_PATH + "?da-tat";
    }

    /** The page again, for a refused code or password. */
    private String again(Model model, Authentication authentication, HttpServletResponse response) {
        model.addAttribute("disabledNow", false);
        return page(model, authentication, response);
    }

    private String page(Model model, Authentication authentication, HttpServletResponse response) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        boolean enabled = secondFactor.enabled(user.getAccountId());
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("enabled", enabled);
        model.addAttribute("officer", user.getKind() == AccountKind.OFFICER);
        model.addAttribute("setupRequired", authentication.getAuthorities().stream()
                .anyMatch(a -> SignInStages.SECOND_FACTOR_SETUP_REQUIRED.equals(a.getAuthority())));
        if (enabled) {
            model.addAttribute("recoveryCodesLeft", secondFactor.recoveryCodesLeft(user.getAccountId()));
        } else {
            model.addAttribute("setup", secondFactor.startSetup(user));
        }
        return "identity/two-factor";
    }
}
