package vn.dvc.portal.feedback.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dvc.portal.feedback.FeedbackRefused;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.PortalTime;

/**
 * The feedback API: submission (with {@code Idempotency-Key}), one-time codes for anonymous askers, the public
 * FAQ search, a signed-in asker's own items, and the Centre's export for the national feedback system (QA-6),
 * whose stable shape is documented in {@code docs/feedback.md}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Feedback", description = "Questions, feedback and petitions (QĐ 1649 Chapter III), FAQ, export")
class FeedbackApi {

    static final int MAX_SIZE = 100;

    private final QuestionSubmission submission;
    private final SubmissionGuard guard;
    private final IdempotentReceipts idempotency;
    private final Publication publication;
    private final Questions questions;
    private final FeedbackExport export;
    private final FeedbackMessages messages;
    private final AuditLog audit;

    FeedbackApi(QuestionSubmission submission, SubmissionGuard guard, IdempotentReceipts idempotency,
            Publication publication, Questions questions, FeedbackExport export, FeedbackMessages messages,
            AuditLog audit) {
        this.submission = submission;
        this.guard = guard;
        this.idempotency = idempotency;
        this.publication = publication;
        this.questions = questions;
        this.export = export;
        this.messages = messages;
        this.audit = audit;
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

    record FaqItem(UUID id, String reference, String kind, String title, String question, String answer,
                   @Nullable String procedureCode, @Nullable String sectorCode, @Nullable String agencyCode,
                   Instant publishedAt) {
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
            java.util.List<FeedbackRefused> errors = new java.util.ArrayList<>();
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

    @GetMapping("/faq")
    @Operation(summary = "Search the published questions and answers (diacritics and case ignored)")
    Page<FaqItem> faq(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String procedure,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 1) {
            throw new InvalidRequestParameter("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestParameter("size", "must be 1 to " + MAX_SIZE);
        }
        List<FaqItem> items = publication.search(q, sector, procedure, size, (page - 1) * size).stream()
                .map(e -> new FaqItem(e.id(), e.reference(), e.kind(), e.title(), e.body(), e.answer(),
                        e.procedureCode(), e.sectorCode(), e.agencyCode(), e.publishedAt()))
                .toList();
        return new Page<>(items, publication.count(q, sector, procedure), page, size);
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

    @GetMapping("/feedback/export")
    @Operation(summary = "Items submitted in a period, for the national feedback system (Centre only)",
            description = "from and to are dates (yyyy-MM-dd, Asia/Ho_Chi_Minh), to inclusive, at most 366 days. "
                    + "No personal data: texts are masked as in the FAQ.")
    Page<FeedbackExport.Item> export(@RequestParam String from, @RequestParam String to) {
        SignedInUser user = CurrentUser.get()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in first"));
        if (!QuestionAccess.isCentre(user)) {
            throw new AccessDeniedException("Centre only");
        }
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start) || end.isAfter(start.plusDays(366))) {
            throw new InvalidRequestParameter("to", "must be on or after from, at most 366 days later");
        }
        ZoneId zone = PortalTime.ZONE;
        List<FeedbackExport.Item> items = export.items(start.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant());
        audit.record("feedback.exported", "feedback-export", from + ".." + to, Map.of("items", items.size()));
        return new Page<>(items, items.size(), 1, Math.max(1, items.size()));
    }

    /** Refused submissions: 400 problem JSON listing every wrong field. */
    @ExceptionHandler(SubmissionRefused.class)
    ResponseEntity<ProblemDetail> refused(SubmissionRefused e) {
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The submission was refused.", e.errors());
    }

    @ExceptionHandler(FeedbackRefused.class)
    ResponseEntity<ProblemDetail> refused(FeedbackRefused e) {
        boolean tooMany = "tooMany".equals(e.reason());
        return problem(tooMany ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST,
                tooMany ? "TOO_MANY_REQUESTS" : "VALIDATION_FAILED", e.getMessage(), List.of(e));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
            List<FeedbackRefused> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:dvc:problem:" + code.toLowerCase().replace('_', '-')));
        problem.setProperty("code", code);
        problem.setProperty("errors", errors.stream()
                .map(r -> Map.of("field", r.field(), "reason", r.reason())).toList());
        String requestId = MDC.get("requestId");
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String publicStatus(Question.Stage stage) {
        return switch (stage) {
            case SUBMITTED -> "RECEIVED";
            case FORWARDED, RETURNED, AWAITING_APPROVAL -> "IN_PROGRESS";
            case ANSWERED -> "ANSWERED";
        };
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestParameter(name, "must be a date yyyy-MM-dd");
        }
    }
}
