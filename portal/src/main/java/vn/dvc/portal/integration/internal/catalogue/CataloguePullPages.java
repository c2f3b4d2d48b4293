package vn.dvc.portal.integration.internal.catalogue;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.integration.internal.catalogue.PullStore.Pull;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The Centre's page of the catalogue pull, {@value #PATH} (linked from the catalogue's import page): start a pull
 * ("Cập nhật từ Cổng DVC quốc gia", a POST with the CSRF token), then watch it — the page of a run polls its
 * progress fragment with htmx every second while it runs and is a plain page to reload without JavaScript.
 * Authorisation is on {@link CataloguePull} (roles CENTRE and ADMIN).
 */
@Controller
class CataloguePullPages {

    static final String PATH = "/quan-tri/thu-tuc-hanh-chinh/dong-bo-dvcqg";

    private final CataloguePull pulls;

    CataloguePullPages(CataloguePull pulls) {
        this.pulls = pulls;
    }

    @GetMapping(PATH)
    String overview(@RequestParam(name = "dang-chay", required = false) @Nullable String alreadyRunning, Model model) {
        model.addAttribute("pulls", pulls.recent());
        model.addAttribute("enabled", pulls.enabled());
        model.addAttribute("cron", pulls.cron());
        model.addAttribute("alreadyRunning", alreadyRunning != null);
        return "integration/catalogue-pull";
    }

    @PostMapping(PATH)
    String start(@RequestParam(required = false) @Nullable String full) {
        CataloguePull.Started started = pulls.start(full != null);
        return switch (started.outcome()) {
            case STARTED -> "redirect:" + PATH + "/" + started.pull();
            case ALREADY_RUNNING -> started.pull() == null ? "redirect:" + PATH + "?dang-chay=1"
                    : "redirect:" + PATH + "/" + started.pull() + "?dang-chay=1";
            case OFF -> "redirect:" + PATH;
        };
    }

    @GetMapping(PATH + "/{id}")
    String run(@PathVariable UUID id, @RequestParam(name = "dang-chay", required = false) @Nullable String alreadyRunning,
            Model model) {
        model.addAttribute("alreadyRunning", alreadyRunning != null);
        return render(id, model, "integration/catalogue-pull-run");
    }

    @GetMapping(PATH + "/{id}/tien-do")
    String progress(@PathVariable UUID id, Model model) {
        return render(id, model, "integration/catalogue-pull-run :: progress");
    }

    private String render(UUID id, Model model, String view) {
        Pull pull = pulls.find(id).orElseThrow(() -> new ResourceNotFound("no catalogue pull " + id));
        model.addAttribute("pull", pull);
        model.addAttribute("procedures", pulls.procedures(pull).orElse(null));
        return view;
    }
}
