package vn.dvc.portal.feedback.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The public section {@code /hoi-dap}: the FAQ with its search, the form to ask (signed in or not; anonymous
 * askers verify their phone or e-mail with a one-time code), suggestions of similar answers while typing (htmx;
 * without JavaScript a plain search link), and the asker's own item behind its private link.
 */
@Controller
class FeedbackPages {

    static final int PAGE_SIZE = 10;

    private final Publication publication;
    private final QuestionSubmission submission;
    private final SubmissionGuard guard;
    private final ItemViews views;
    private final Procedures procedures;

    FeedbackPages(Publication publication, QuestionSubmission submission, SubmissionGuard guard, ItemViews views,
            Procedures procedures) {
        this.publication = publication;
        this.submission = submission;
        this.guard = guard;
        this.views = views;
        this.procedures = procedures;
    }

    /** The ask form as sent, to show again. */
    record AskForm(@Nullable String kind, @Nullable String procedureCode, @Nullable String agencyCode,
                   @Nullable String title, @Nullable String body, @Nullable String askerKind,
                   @Nullable String fullName, @Nullable String organisationName, @Nullable String position,
                   @Nullable String idKind, @Nullable String idNumber, @Nullable String address,
                   @Nullable String phone, @Nullable String email, @Nullable Boolean consent,
                   @Nullable String verificationId, @Nullable String verificationCode) {

        static AskForm empty(@Nullable String procedure) {
            return new AskForm("QUESTION", procedure, null, null, null, "INDIVIDUAL", null, null, null, "CITIZEN_ID",
                    null, null, null, null, false, null, null);
        }

        Asker.Form asker() {
            return new Asker.Form(askerKind, fullName, organisationName, position, idKind, idNumber, address, phone,
                    email);
        }

        boolean consented() {
            return Boolean.TRUE.equals(consent);
        }

        @Nullable UUID verification() {
            try {
                return verificationId == null || verificationId.isBlank() ? null : UUID.fromString(verificationId);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        AskForm withVerification(UUID id) {
            return new AskForm(kind, procedureCode, agencyCode, title, body, askerKind, fullName, organisationName,
                    position, idKind, idNumber, address, phone, email, consent, id.toString(), null);
        }
    }

    @GetMapping("/hoi-dap")
    String faq(@RequestParam(required = false) @Nullable String q,
            @RequestParam(name = "linh-vuc", required = false) @Nullable String sector,
            @RequestParam(name = "thu-tuc", required = false) @Nullable String procedure,
            @RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        int current = Math.max(1, page);
        int total = publication.count(q, sector, procedure);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sector", sector == null ? "" : sector);
        model.addAttribute("procedure", procedure == null ? "" : procedure);
        model.addAttribute("sectors", procedures.sectors());
        model.addAttribute("entries", publication.search(q, sector, procedure, PAGE_SIZE, (current - 1) * PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        return "feedback/faq";
    }

    @GetMapping("/hoi-dap/goi-y")
    String suggestions(@RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String body, Model model) {
        String text = (title == null ? "" : title) + " " + (body == null ? "" : body);
        model.addAttribute("suggestions", publication.similar(text, 5));
        model.addAttribute("query", title == null ? "" : title);
        return "feedback/suggestions :: suggestions";
    }

    @GetMapping("/hoi-dap/gui-cau-hoi")
    String askForm(@RequestParam(name = "thu-tuc", required = false) @Nullable String procedure, Model model) {
        FormError.addTo(model, List.of());
        return renderAsk(AskForm.empty(procedure), model);
    }

    @PostMapping("/hoi-dap/gui-cau-hoi/ma-xac-minh")
    String sendCode(AskForm form, Model model, HttpServletRequest request, FormPage page) {
        page.onRefused(() -> renderAsk(form, model));
        List<FormError> errors = new ArrayList<>();
        Asker.Form asker = form.asker();
        String email = form.email();
        boolean byEmail = email != null && !email.isBlank();
        String destination = byEmail ? email.strip() : Asker.phone(asker.phone(), errors);
        if (byEmail && !email.contains("@")) {
            errors.add(FormError.of("email", "feedback.error.email.format"));
        }
        RefusedInput.throwIfAny(errors);
        UUID id = guard.sendCode(byEmail ? NotificationPort.Channel.EMAIL : NotificationPort.Channel.SMS,
                byEmail ? destination.toLowerCase(java.util.Locale.ROOT) : destination, request.getRemoteAddr());
        model.addAttribute("codeSentTo", byEmail ? "EMAIL" : "SMS");
        FormError.addTo(model, List.of());
        return renderAsk(form.withVerification(id), model);
    }

    @PostMapping("/hoi-dap/gui-cau-hoi")
    String ask(AskForm form, Model model, HttpServletRequest request, FormPage page) {
        UUID account = CurrentUser.get().map(SignedInUser::getAccountId).orElse(null);
        page.onRefused(() -> renderAsk(form, model));
        QuestionSubmission.Receipt receipt = submission.submit(new QuestionSubmission.Submission(form.kind(),
                form.procedureCode(), form.agencyCode(), form.title(), form.body(), form.asker(), form.consented(),
                form.verification(), form.verificationCode()), account, request.getRemoteAddr());
        return "redirect:/hoi-dap/theo-doi/" + receipt.accessToken() + "?da-gui=1";
    }

    @GetMapping("/hoi-dap/theo-doi/{token}")
    String item(@PathVariable String token, @RequestParam(name = "da-gui", required = false) @Nullable String sent,
            @RequestParam(name = "da-luu", required = false) @Nullable String saved, Model model,
            HttpServletResponse response) {
        Question q = submission.byToken(token).orElseThrow(() -> new ResourceNotFound("no item"));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        // the address is the asker's key: never hand it to another site
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("sent", sent != null);
        model.addAttribute("saved", saved != null);
        views.addItem(q, "/hoi-dap/theo-doi/" + token, model);
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        return "feedback/item";
    }

    @PostMapping("/hoi-dap/theo-doi/{token}/danh-gia")
    String rate(@PathVariable String token, @RequestParam(required = false) @Nullable String satisfied,
            @RequestParam(required = false) @Nullable String reason, Model model, HttpServletResponse response,
            FormPage page) {
        Question q = submission.byToken(token).orElseThrow(() -> new ResourceNotFound("no item"));
        page.onRefused(() -> item(token, null, null, model, response));
        views.rate(q, satisfied, reason);
        return "redirect:/hoi-dap/theo-doi/" + token + "?da-luu=1";
    }

    @PostMapping("/hoi-dap/theo-doi/{token}/hoi-them")
    String followUp(@PathVariable String token, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String body, Model model, HttpServletResponse response,
            FormPage page) {
        Question q = submission.byToken(token).orElseThrow(() -> new ResourceNotFound("no item"));
        page.onRefused(() -> {
            model.addAttribute("followUpTitle", title);
            model.addAttribute("followUpBody", body);
            return item(token, null, null, model, response);
        });
        QuestionSubmission.Receipt receipt = submission.followUp(q.id(), title, body);
        return "redirect:/hoi-dap/theo-doi/" + receipt.accessToken() + "?da-gui=1";
    }

    private String renderAsk(AskForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("signedIn", CurrentUser.get().isPresent());
        model.addAttribute("sectors", procedures.sectors());
        return "feedback/ask";
    }
}
