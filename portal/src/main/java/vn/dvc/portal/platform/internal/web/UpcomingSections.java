package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sections of the main navigation that later modules build. Until a module takes its path over (and removes
 * it from {@link #SECTIONS}), the page says plainly that the service is not yet available online and where
 * to get it meanwhile; it is marked {@code noindex} so that no search engine lists it as content.
 */
@Controller
class UpcomingSections {

    /** Path → message key prefix of the section's title and description. */
    static final Map<String, String> SECTIONS = Map.of(
            "/thu-tuc-hanh-chinh", "nav.procedures",
            "/nop-ho-so", "nav.submit",
            "/tra-cuu-ho-so", "nav.lookup",
            "/hoi-dap", "nav.questions",
            "/thong-ke", "nav.statistics",
            "/tin-tuc", "nav.news");

    @GetMapping({"/thu-tuc-hanh-chinh", "/nop-ho-so", "/tra-cuu-ho-so", "/hoi-dap", "/thong-ke", "/tin-tuc"})
    String upcoming(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("sectionKey", SECTIONS.get(request.getServletPath()));
        return "upcoming";
    }
}
