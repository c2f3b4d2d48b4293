package vn.dvc.portal.feedback.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The officers' pages {@code /can-bo/hoi-dap}: the board (the Centre sees every item with its stage, due
 * instant and lateness, the returns per agency and the open accountability items; an agency's officers see
 * what was forwarded to their subtree) and one item with the actions its stage and the officer's role allow.
 */
@Controller
class OfficerPages {

    private final Questions questions;
    private final QuestionWorkflow workflow;
    private final Publication publication;
    private final Ratings ratings;
    private final Answers answers;
    private final ItemViews views;
    private final QuestionAccess scope;
    private final Agencies agencies;
    private final java.time.Clock clock;
    private final NationalQuestions national;

    OfficerPages(Questions questions, QuestionWorkflow workflow, Publication publication, Ratings ratings,
            Answers answers, ItemViews views, QuestionAccess scope, Agencies agencies, java.time.Clock clock,
            NationalQuestions national) {
        this.questions = questions;
        this.workflow = workflow;
        this.publication = publication;
        this.ratings = ratings;
        this.answers = answers;
        this.views = views;
        this.scope = scope;
        this.agencies = agencies;
        this.clock = clock;
        this.national = national;
    }

    @GetMapping("/can-bo/hoi-dap")
    String board(Model model) {
        SignedInUser user = QuestionAccess.officer();
        boolean centre = QuestionAccess.isCentre(user);
        // the agencies of the officer's scope (its root: their agency, or wider when an administrator set it)
        List<String> subtree = user.getScopeCode() == null ? List.of()
                : agencies.subtree(user.getScopeCode()).stream().map(Agency::code).toList();
        List<Question> items = centre ? questions.all(500) : questions.forwardedTo(subtree, 500);
        model.addAttribute("centre", centre);
        model.addAttribute("rows", views.rows(items));
        model.addAttribute("returnCounts", centre ? questions.returnCounts() : java.util.Map.of());
        model.addAttribute("accountability", ratings.accountability(subtree, centre));
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        return "feedback/board";
    }

    @GetMapping("/can-bo/hoi-dap/{id}")
    String item(@PathVariable UUID id, @RequestParam(name = "da-luu", required = false) @Nullable String saved,
            Model model, HttpServletResponse response) {
        SignedInUser user = QuestionAccess.officer();
        Question q = questions.find(id).orElseThrow(() -> new ResourceNotFound("no item " + id));
        if (!scope.maySee(user, q)) {
            throw new AccessDeniedException("not your item");
        }
        response.setHeader("Cache-Control", "no-store");
        views.addItem(q, "/can-bo/hoi-dap/" + id, model);
        model.addAttribute("asker", workflow.askerOf(id));
        model.addAttribute("national", national.origin(id).orElse(null));
        model.addAttribute("history", questions.history(id));
        model.addAttribute("draft", answers.find(id).orElse(null));
        model.addAttribute("saved", saved != null);
        boolean centre = QuestionAccess.isCentre(user);
        boolean holds = scope.holds(user, q);
        model.addAttribute("mayForward", centre && q.stage().atCentre());
        model.addAttribute("mayAnswer", holds && q.stage() == Question.Stage.FORWARDED);
        model.addAttribute("mayApprove", q.stage() == Question.Stage.AWAITING_APPROVAL
                && (centre || (holds && user.hasRole(Role.LEADER))));
        model.addAttribute("mayPublish", centre && q.stage() == Question.Stage.ANSWERED && q.publishedAt() == null);
        model.addAttribute("agencies", agencies.validOn(java.time.LocalDate.now(clock)));
        model.addAttribute("user", user);
        if (!model.containsAttribute("errors")) {
            FormError.addTo(model, List.of());
        }
        return "feedback/officer-item";
    }

    @PostMapping("/can-bo/hoi-dap/{id}/chuyen")
    String forward(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String agencyCode,
            @RequestParam(required = false) @Nullable String coAgencies,
            @RequestParam(required = false) @Nullable String procedureCode, Model model, HttpServletResponse response,
            FormPage page) {
        List<String> co = coAgencies == null ? List.of() : Arrays.stream(coAgencies.split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        return act(id, model, response, page, () -> workflow.forward(id,
                new QuestionWorkflow.Forwarding(kind, agencyCode, co, procedureCode)));
    }

    @PostMapping("/can-bo/hoi-dap/{id}/chuyen-tra")
    String returnToCentre(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model,
            HttpServletResponse response, FormPage page) {
        return act(id, model, response, page, () -> workflow.returnToCentre(id, reason));
    }

    @PostMapping("/can-bo/hoi-dap/{id}/gia-han")
    String extend(@PathVariable UUID id, @RequestParam(required = false) @Nullable String interimReply, Model model,
            HttpServletResponse response, FormPage page) {
        return act(id, model, response, page, () -> workflow.extend(id, interimReply));
    }

    @PostMapping("/can-bo/hoi-dap/{id}/tra-loi")
    String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String responderName,
            @RequestParam(required = false) @Nullable String responderPosition,
            @RequestParam(required = false) @Nullable String responderPhone,
            @RequestParam(required = false) @Nullable String answerBody,
            @RequestParam(required = false) @Nullable String citation1Number,
            @RequestParam(required = false) @Nullable String citation1Date,
            @RequestParam(required = false) @Nullable String citation1Issuer,
            @RequestParam(required = false) @Nullable String citation1Title,
            @RequestParam(required = false) @Nullable String citation2Number,
            @RequestParam(required = false) @Nullable String citation2Date,
            @RequestParam(required = false) @Nullable String citation2Issuer,
            @RequestParam(required = false) @Nullable String citation2Title, Model model,
            HttpServletResponse response, FormPage page) {
        List<Answer.CitationForm> citations = new ArrayList<>();
        citations.add(new Answer.CitationForm(citation1Number, citation1Date, citation1Issuer, citation1Title));
        citations.add(new Answer.CitationForm(citation2Number, citation2Date, citation2Issuer, citation2Title));
        Answer.Form form = new Answer.Form(responderName, responderPosition, responderPhone, answerBody, citations);
        model.addAttribute("answerForm", form);
        return act(id, model, response, page, () -> workflow.draftAnswer(id, form));
    }

    @PostMapping("/can-bo/hoi-dap/{id}/duyet")
    String approve(@PathVariable UUID id, Model model, HttpServletResponse response, FormPage page) {
        return act(id, model, response, page, () -> workflow.approve(id));
    }

    @PostMapping("/can-bo/hoi-dap/{id}/tra-lai")
    String sendBack(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Model model,
            HttpServletResponse response, FormPage page) {
        return act(id, model, response, page, () -> workflow.sendBack(id, note));
    }

    @PostMapping("/can-bo/hoi-dap/{id}/cong-khai")
    String publish(@PathVariable UUID id, Model model, HttpServletResponse response, FormPage page) {
        return act(id, model, response, page, () -> publication.publish(id));
    }

    @PostMapping("/can-bo/hoi-dap/trach-nhiem/{itemId}")
    String respond(@PathVariable UUID itemId, @RequestParam(required = false) @Nullable String response,
            Model model, FormPage page) {
        page.onRefused(() -> board(model));
        ratings.respond(itemId, response);
        return "redirect:/can-bo/hoi-dap";
    }

    /** An action on one item: done, back to the item; refused, the item again with the errors. */
    private String act(UUID id, Model model, HttpServletResponse response, FormPage page, Runnable action) {
        page.onRefused(() -> item(id, null, model, response));
        action.run();
        return "redirect:/can-bo/hoi-dap/" + id + "?da-luu=1";
    }
}
