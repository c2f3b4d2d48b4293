package vn.dvc.portal.feedback.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.ResourceNotFound;

/** A signed-in asker's items: {@code /tai-khoan/hoi-dap}, each with its answer, rating and follow-up. */
@Controller
class AskerPages {

    private final Questions questions;
    private final QuestionSubmission submission;
    private final ItemViews views;

    AskerPages(Questions questions, QuestionSubmission submission, ItemViews views) {
        this.questions = questions;
        this.submission = submission;
        this.views = views;
    }

    @GetMapping("/tai-khoan/hoi-dap")
    String mine(Model model) {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        model.addAttribute("rows", views.rows(questions.ofAccount(user.getAccountId())));
        return "feedback/mine";
    }

    @GetMapping("/tai-khoan/hoi-dap/{id}")
    String item(@PathVariable UUID id, @RequestParam(name = "da-luu", required = false) @Nullable String saved,
            Model model, HttpServletResponse response) {
        Question q = own(id);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("sent", false);
        model.addAttribute("saved", saved != null);
        views.addItem(q, "/tai-khoan/hoi-dap/" + id, model);
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        return "feedback/item";
    }

    @PostMapping("/tai-khoan/hoi-dap/{id}/danh-gia")
    String rate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String satisfied,
            @RequestParam(required = false) @Nullable String reason, Model model, HttpServletResponse response,
            FormPage page) {
        Question q = own(id);
        page.onRefused(() -> item(id, null, model, response));
        views.rate(q, satisfied, reason);
        return "redirect:/tai-khoan/hoi-dap/" + id + "?da-luu=1";
    }

    @PostMapping("/tai-khoan/hoi-dap/{id}/hoi-them")
    String followUp(@PathVariable UUID id, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String body, Model model, HttpServletResponse response,
            FormPage page) {
        Question q = own(id);
        page.onRefused(() -> {
            model.addAttribute("followUpTitle", title);
            model.addAttribute("followUpBody", body);
            return item(id, null, model, response);
        });
        QuestionSubmission.Receipt receipt = submission.followUp(q.id(), title, body);
        return "redirect:/tai-khoan/hoi-dap/" + receipt.id();
    }

    private Question own(UUID id) {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
        return questions.find(id).filter(q -> user.getAccountId().equals(q.accountId()))
                .orElseThrow(() -> new ResourceNotFound("no item " + id));
    }
}
