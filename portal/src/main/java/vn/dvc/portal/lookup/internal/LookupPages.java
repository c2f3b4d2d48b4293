package vn.dvc.portal.lookup.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RateLimiter;

/**
 * The look-up pages: the public one at the navigation's {@code /tra-cuu-ho-so} (also the QR code's target,
 * {@code /tra-cuu-ho-so?ma=<code>}), the kiosk and the officers' barcode page. Every form is a GET with the one
 * field {@code ma}, so a USB scanner that types the code and Enter works, and so does a link.
 */
@Controller
class LookupPages {

    static final String FIELD = "ma";

    private final StatusLookup lookup;
    private final OfficerLookup officers;
    private final LookupThrottle throttle;
    private final NationalStatusNames names;
    private final LookupProperties properties;

    LookupPages(StatusLookup lookup, OfficerLookup officers, LookupThrottle throttle, NationalStatusNames names,
            LookupProperties properties) {
        this.lookup = lookup;
        this.officers = officers;
        this.throttle = throttle;
        this.names = names;
        this.properties = properties;
    }

    @GetMapping("/tra-cuu-ho-so")
    String publicLookup(@RequestParam(name = FIELD, required = false) @Nullable String code,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        answer(code, request, response, model, locale);
        return "lookup/public";
    }

    @GetMapping("/tra-cuu-ho-so/kiosk")
    String kiosk(@RequestParam(name = FIELD, required = false) @Nullable String code,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        if (answer(code, request, response, model, locale)) {
            // back to the empty field for the next person, with or without JavaScript
            response.setHeader("Refresh", properties.kioskReturn().toSeconds() + "; url="
                    + request.getContextPath() + "/tra-cuu-ho-so/kiosk");
        }
        model.addAttribute("returnSeconds", properties.kioskReturn().toSeconds());
        return "lookup/kiosk";
    }

    @GetMapping("/can-bo/tra-cuu")
    String officerLookup(@RequestParam(name = FIELD, required = false) @Nullable String code,
            HttpServletResponse response, Model model, Locale locale) {
        model.addAttribute("code", code == null ? "" : StatusLookup.normalised(code));
        List<FormError> errors = List.of();
        if (code != null && !code.isBlank()) {
            OfficerLookup.Result result = officers.lookup(code);
            if (result.deskPage() != null) {
                return "redirect:" + result.deskPage();
            }
            errors = show(result.outcome(), response, model, locale);
            model.addAttribute("inScope", result.inScope());
        }
        FormError.addTo(model, errors);
        return "lookup/officer";
    }

    /** Looks the code up (if one was given) into the model; whether there is something to show. */
    private boolean answer(@Nullable String code, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        model.addAttribute("code", code == null ? "" : StatusLookup.normalised(code));
        if (code == null || code.isBlank()) {
            FormError.addTo(model, List.of());
            return false;
        }
        RateLimiter.Decision decision = throttle.client(request);
        if (!decision.allowed()) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            model.addAttribute("limitedSeconds", decision.retryAfterSeconds());
            FormError.addTo(model, List.of());
            return true;
        }
        FormError.addTo(model, show(lookup.lookup(code), response, model, locale));
        return true;
    }

    private List<FormError> show(StatusLookup.Outcome outcome, HttpServletResponse response, Model model,
            Locale locale) {
        return switch (outcome) {
            case StatusLookup.Malformed ignored -> {
                response.setStatus(400);
                yield List.of(FormError.of(FIELD, "lookup.error.malformed"));
            }
            case StatusLookup.Unknown ignored -> {
                response.setStatus(404);
                yield List.of(FormError.of(FIELD, "lookup.error.unknown"));
            }
            case StatusLookup.Found found -> {
                model.addAttribute("status", StatusView.of(found.status(), names, locale));
                yield List.of();
            }
        };
    }
}
