package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The start of a national sign-in ({@code /dang-nhap/vneid}, a plain link): checks that the provider can be
 * reached (its discovery document is read now, not at start-up), remembers the page to go back to (a
 * step-up's {@code tiep}, same-site paths only) and goes on to the authorization request, asking for
 * level 2 when {@code muc=NATIONAL_IDENTITY}. 404 when national sign-on is off.
 */
@Controller
class NationalSignInPages {

    private final ObjectProvider<NationalSignIn> national;

    NationalSignInPages(ObjectProvider<NationalSignIn> national) {
        this.national = national;
    }

    @GetMapping("/dang-nhap/vneid")
    String start(@RequestParam(name = "muc", required = false) @Nullable String level,
            @RequestParam(name = "tiep", required = false) @Nullable String next, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        NationalSignIn signIn = national.getIfAvailable();
        if (signIn == null) {
            throw new ResourceNotFound("national sign-on is not configured");
        }
        if (!signIn.provider().available()) {
            model.addAttribute("notice", null);
            model.addAttribute("username", "");
            model.addAttribute("nationalSignOn", true);
            FormError.addTo(model, List.of(FormError.of("national", "identity.national.error.unavailable")));
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return "identity/sign-in";
        }
        if (next != null) {
            request.getSession().setAttribute(NationalSignIn.NEXT_ATTRIBUTE, SafePaths.relative(next));
        }
        boolean levelTwo = AssuranceLevel.NATIONAL_IDENTITY.name().equals(level);
        // a step-up raises the level of the person signed in: another person's identity will be refused
        java.util.Optional<vn.dvc.portal.identity.SignedInUser> current = vn.dvc.portal.identity.CurrentUser.get();
        if (levelTwo && current.isPresent()) {
            request.getSession().setAttribute(NationalSignIn.STEP_UP_ACCOUNT_ATTRIBUTE, current.get().getAccountId());
        } else if (request.getSession(false) != null) {
            request.getSession(false).removeAttribute(NationalSignIn.STEP_UP_ACCOUNT_ATTRIBUTE);
        }
        return "redirect:/oauth2/authorization/" + NationalIdentityProvider.REGISTRATION_ID
                + (levelTwo ? "?" + NationalSignIn.LEVEL_PARAMETER + "=2" : "");
    }
}
