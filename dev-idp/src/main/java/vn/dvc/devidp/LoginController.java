package vn.dvc.devidp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: choose a test identity and type the password. */
@Controller
class LoginController {

    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    @GetMapping({SecurityConfig.LOGIN_PAGE, "/"})
    String login(HttpServletRequest request, HttpServletResponse response, Principal principal, Model model) {
        Optional<AssuranceLevel> required = Optional.empty();
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved != null) {
            String[] acrValues = saved.getParameterValues("acr_values");
            required = AssuranceLevel.minimumRequested(acrValues == null ? null : String.join(" ", acrValues));
        }
        HttpSession session = request.getSession(false);
        Object unmet = session == null ? null : session.getAttribute(AcrStepUpFilter.UNMET_ATTRIBUTE);
        if (unmet != null) {
            session.removeAttribute(AcrStepUpFilter.UNMET_ATTRIBUTE);
            model.addAttribute("unmet", TestIdentities.byUsername(unmet.toString()).orElse(null));
        }
        Optional<AssuranceLevel> minimum = required;
        model.addAttribute("required", minimum.orElse(null));
        model.addAttribute("error", request.getParameter("error") != null);
        model.addAttribute("logout", request.getParameter("logout") != null);
        model.addAttribute("identities", TestIdentities.ALL.stream()
                .filter(identity -> minimum.map(level -> identity.level().satisfies(level)).orElse(true))
                .toList());
        model.addAttribute("signedIn", principal == null ? null
                : TestIdentities.byUsername(principal.getName()).orElse(null));
        return "dang-nhap";
    }
}
