package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sections of the main navigation that later modules build. Until a module maps its section's path itself (a
 * literal mapping is more specific than this one's pattern, so it simply takes over), the page says plainly
 * that the service is not yet available online and where to get it meanwhile; it is marked {@code noindex} so
 * that no search engine lists it as content. No module ever edits this class to take its section.
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

    private final RequestMappingHandlerMapping mappings;
    private volatile Set<String> upcoming = SECTIONS.keySet();

    UpcomingSections(@Qualifier("requestMappingHandlerMapping") @org.springframework.context.annotation.Lazy
            RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @GetMapping("/{section:thu-tuc-hanh-chinh|nop-ho-so|tra-cuu-ho-so|hoi-dap|thong-ke|tin-tuc}")
    String upcoming(@PathVariable String section, HttpServletResponse response, Model model) {
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("sectionKey", SECTIONS.get("/" + section));
        return "upcoming";
    }

    /** The sections no module has taken over yet (the home page marks them "not yet online"). */
    Set<String> upcoming() {
        return upcoming;
    }

    @EventListener(ContextRefreshedEvent.class)
    void findTakenSections() {
        Map<String, Boolean> taken = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType() == UpcomingSections.class) {
                continue;
            }
            entry.getKey().getPatternValues().stream().filter(SECTIONS::containsKey)
                    .forEach(path -> taken.put(path, true));
        }
        upcoming = SECTIONS.keySet().stream().filter(path -> !taken.containsKey(path))
                .collect(Collectors.toUnmodifiableSet());
    }
}
