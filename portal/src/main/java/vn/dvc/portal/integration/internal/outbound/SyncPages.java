package vn.dvc.portal.integration.internal.outbound;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;

/**
 * {@code /quan-tri/dong-bo-dvcqg}: the National Portal sync for the Centre — the backlog, the lag, the dead letters;
 * a message's page where a dead letter is corrected and replayed, or replayed as it is (post, redirect, get; the
 * overview says what was replayed). Works without JavaScript.
 */
@Controller
class SyncPages {

    static final String PATH = "/quan-tri/dong-bo-dvcqg";
    private static final java.util.regex.Pattern DOSSIER_CODE = java.util.regex.Pattern.compile("[0-9A-Z.-]{1,60}");

    private final SyncAdministration administration;

    SyncPages(SyncAdministration administration) {
        this.administration = administration;
    }

    @GetMapping(PATH)
    String overview(@RequestParam(name = "da-gui-lai", required = false) @Nullable String replayed, Model model,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        SyncAdministration.Overview overview = administration.overview();
        model.addAttribute("overview", overview);
        model.addAttribute("figures", overview.figures());
        model.addAttribute("backlog", overview.figures().backlog());
        model.addAttribute("lag", Lag.of(overview.figures().lagSeconds()));
        // the code of the dossier whose message was sent again (post, redirect, get); anything else is ignored
        model.addAttribute("replayed", replayed != null && DOSSIER_CODE.matcher(replayed).matches() ? replayed : null);
        return "integration/sync";
    }

    @GetMapping(PATH + "/tin/{id}")
    String message(@PathVariable long id, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        FormError.addTo(model, List.of());
        return render(id, null, model);
    }

    @PostMapping(PATH + "/tin/{id}/sua")
    String correct(@PathVariable long id, @RequestParam(name = "payload", defaultValue = "") String payload,
            Model model, FormPage form) {
        form.onRefused(() -> render(id, payload, model));
        OutboundMessage message = administration.correctAndReplay(id, payload);
        return "redirect:" + PATH + "?da-gui-lai=" + message.dossierCode();
    }

    @PostMapping(PATH + "/tin/{id}/gui-lai")
    String replay(@PathVariable long id, Model model, FormPage form) {
        form.onRefused(() -> render(id, null, model));
        OutboundMessage message = administration.replay(id);
        return "redirect:" + PATH + "?da-gui-lai=" + message.dossierCode();
    }

    private String render(long id, @Nullable String typed, Model model) {
        SyncAdministration.MessagePage page = administration.message(id);
        model.addAttribute("page", page);
        model.addAttribute("message", page.message());
        model.addAttribute("payload", typed != null ? typed : page.prettyPayload());
        return "integration/sync-message";
    }

    /** How long the oldest pending message has waited, in the largest whole unit (for the page). */
    record Lag(long amount, String unit) {

        static Lag of(long seconds) {
            if (seconds < 120) {
                return new Lag(seconds, "seconds");
            }
            if (seconds < 2 * 3600) {
                return new Lag(seconds / 60, "minutes");
            }
            if (seconds < 2 * 86400) {
                return new Lag(seconds / 3600, "hours");
            }
            return new Lag(seconds / 86400, "days");
        }
    }
}
