package vn.dvc.portal.feedback.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.PortalTime;

/**
 * The feedback API: submission (with {@code Idempotency-Key}), one-time codes for anonymous askers and a signed-in
 * asker's own items. The public FAQ search is {@link FaqApi}, the Centre's export {@link FeedbackExportApi}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Feedback", description = "Questions, feedback and petitions (QĐ 1649 Chapter III), FAQ, export")
class FeedbackApi {

    private final QuestionSubmission submission;
    private final SubmissionGuard guard;
    private final IdempotentReceipts idempotency;
    private final Questions questions;
    private final FeedbackMessages messages;

    FeedbackApi(QuestionSubmission submission, SubmissionGuard guard, IdempotentReceipts idempotency,
            Questions questions, FeedbackMessages messages) {
        this.submission = submission;
        this.guard = guard;
        this.idempotency = idempotency;
        this.questions = questions;
        this.messages = messages;
    }

    record AskerBody(@Nullable String kind, @Nullable String fullName, @Nullable String organisationName,
                     @Nullable String position, @Nullable String idKind, @Nullable String idNumber,
                     @Nullable String address, @Nullable String phone, @Nullable String email) {
    }

    record VerificationBody(@Nullable UUID id, @Nullable String code) {
    }

    record QuestionRequest(@Nullable String kind, @Nullable String procedureCode, @Nullable String agencyCode,
                           @Nullable String title, @Nullable String body, @Nullable AskerBody asker,
                           @Nullable Boolean consent, @Nullable VerificationBody verification) {
    }

    record Receipt(UUID id, String reference, String status, String trackingUrl, String accessToken) {
    }

    record VerificationRequest(@Nullable String channel, @Nullable String destination) {
    }

    record VerificationSent(UUID verificationId, long expiresInSeconds) {
    }

    record MyItem(UUID id, String reference, String kind, String title, String status, Instant submittedAt,
                  @Nullable Instant answerDue, @Nullable Instant answeredAt) {
    }

    record Page<T>(List<T> items, int total, int page, int size) {
    }

    @PostMapping("/questions")
    @Operation(summary = "Submit a question, feedback or petition",
            description = "Art. 17 data of the asker, text in Vietnamese with diacritics. Anonymous callers first "
                    + "request a code (POST /api/v1/question-verifications) and send it in `verification`. A repeat "
                    + "with the same Idempotency-Key returns the first receipt (200) instead of a new item (201).")
    ResponseEntity<Receipt> submit(@RequestBody QuestionRequest request,
            @Parameter(description = "A unique key per submission, e.g. a UUID") @RequestHeader(name = "Idempotency-Key",
                    required = false) @Nullable String idempotencyKey, HttpServletRequest http) {
        UUID account = CurrentUser.get().map(SignedInUser::getAccountId).orElse(null);
        AskerBody a = request.asker() == null ? new AskerBody(null, null, null, null, null, null, null, null, null)
                : request.asker();
        VerificationBody v = request.verification() == null ? new VerificationBody(null, null) : request.verification();
        QuestionSubmission.Submission s = new QuestionSubmission.Submission(request.kind(), request.procedureCode(),
                request.agencyCode(), request.title(), request.body(), new Asker.Form(a.kind(), a.fullName(),
                a.organisationName(), a.position(), a.idKind(), a.idNumber(), a.address(), a.phone(), a.email()),
                Boolean.TRUE.equals(request.consent()), v.id(), v.code());
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidRequestParameter("Idempotency-Key", "must be 1 to 200 characters");
        }
        IdempotentReceipts.Outcome outcome = idempotencyKey == null
                ? new IdempotentReceipts.Outcome(submission.submit(s, account, http.getRemoteAddr()), true)
                : idempotency.once(account != null ? account.toString() : http.getRemoteAddr(), idempotencyKey,
                        () -> submission.submit(s, account, http.getRemoteAddr()));
        QuestionSubmission.Receipt r = outcome.receipt();
        String status = questions.find(r.id()).map(q -> publicStatus(q.stage())).orElse("RECEIVED");
        Receipt body = new Receipt(r.id(), r.reference(), status, messages.link(r.accessToken()), r.accessToken());
        return outcome.created() ? ResponseEntity.created(URI.create("/hoi-dap/theo-doi/" + r.accessToken())).body(body)
                : ResponseEntity.ok(body);
    }

    @PostMapping("/question-verifications")
    @Operation(summary = "Send a one-time code to an anonymous asker's phone (SMS) or e-mail",
            description = "At most a few codes per client address and destination an hour; the code is valid 15 minutes.")
    ResponseEntity<VerificationSent> verification(@RequestBody VerificationRequest request, HttpServletRequest http) {
        NotificationPort.Channel channel;
        try {
            channel = NotificationPort.Channel.valueOf(request.channel() == null ? "" : request.channel());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestParameter("channel", "must be SMS or EMAIL");
        }
        String destination;
        if (channel == NotificationPort.Channel.SMS) {
            java.util.List<FormError> errors = new java.util.ArrayList<>();
            destination = Asker.phone(request.destination(), errors);
            if (destination == null) {
                throw new InvalidRequestParameter("destination", "not a Vietnamese phone number");
            }
        } else {
            destination = request.destination() == null ? "" : request.destination().strip().toLowerCase(java.util.Locale.ROOT);
            if (!destination.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new InvalidRequestParameter("destination", "not an e-mail address");
            }
        }
        UUID id = guard.sendCode(channel, destination, http.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new VerificationSent(id, SubmissionGuard.CODE_LIFETIME.toSeconds()));
    }

    @GetMapping("/questions/mine")
    @Operation(summary = "The signed-in asker's own items and their status")
    Page<MyItem> mine() {
        SignedInUser user = CurrentUser.get()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in first"));
        List<MyItem> items = questions.ofAccount(user.getAccountId()).stream()
                .map(q -> new MyItem(q.id(), q.reference(), q.kind().name(), q.title(), publicStatus(q.stage()),
                        q.submittedAt(), q.answerDueAt(), q.answeredAt()))
                .toList();
        return new Page<>(items, items.size(), 1, Math.max(1, items.size()));
    }

    static String publicStatus(Question.Stage stage) {
        return switch (stage) {
            case SUBMITTED -> "RECEIVED";
            case FORWARDED, RETURNED, AWAITING_APPROVAL -> "IN_PROGRESS";
            case ANSWERED -> "ANSWERED";
        };
    }
}
