package vn.dvc.portal.dossier.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The dossier API, with the authorisation of the pages: the applicant's own dossiers, drafts and data store
 * ({@code /api/v1/my/...}, signed-in applicants) and the desk ({@code /api/v1/desk/...}, role DESK within its
 * agency: an officer's session, or another system's bearer token with the scope {@code dvc.desk} acting as its
 * system account — issue #15). Anonymous callers get 401, others 403, as problem JSON. Every desk {@code POST} takes
 * an {@code Idempotency-Key} (the platform's filter; required of bearer clients).
 */
@RestController
@Tag(name = "Dossiers", description = "Online submission, my dossiers, personal data store and the one-stop desk (#6)")
class DossierApi {

    private final OnlineSubmission submission;
    private final ApplicantDossiers mine;
    private final Reception reception;
    private final DossierViews views;

    DossierApi(OnlineSubmission submission, ApplicantDossiers mine, Reception reception, DossierViews views) {
        this.submission = submission;
        this.mine = mine;
        this.reception = reception;
        this.views = views;
    }

    record Page<T>(List<T> items, int total, int page, int size) {
        static <T> Page<T> of(List<T> items) {
            return new Page<>(items, items.size(), 0, items.size());
        }
    }

    record DossierJson(UUID id, @Nullable String code, String procedureCode, String procedureName, String status,
                       int nationalStatusCode, String channel, int nationalChannelCode, String createdAt,
                       @Nullable String receivedAt, @Nullable String dueAt) {
    }

    record HistoryJson(String at, String action, String status, String note) {
    }

    record DossierDetailJson(DossierJson dossier, String caseName, List<Map<String, Object>> components,
                             List<Map<String, Object>> files, List<HistoryJson> history, @Nullable String slip) {
    }

    record DocumentJson(UUID id, String name, String fileName, String mediaType, long size, String origin,
                        UUID dossierId, @Nullable String dossierCode, String createdAt, int reuses) {
    }

    record NewDraft(@Nullable String procedureCode, @Nullable String caseCode) {
    }

    record DraftJson(UUID id, String procedureCode, int procedureVersion, String caseCode, Map<String, String> form,
                     List<String> attachedComponents, String submissionToken) {
    }

    record DraftForm(@Nullable Map<String, String> values, @Nullable String idNumber) {
    }

    record Reuse(@Nullable String componentCode, @Nullable UUID documentId) {
    }

    record Submitted(UUID dossierId, String status, int nationalStatusCode) {
    }

    record Decision(@Nullable String reason, @Nullable List<String> items) {
    }

    /** A walk-in's applicant: {@code kind} PERSON or ORGANISATION; {@code idNumber} a CCCD, passport or tax code. */
    record WalkInApplicant(@Nullable String kind, @Nullable String name, @Nullable String idNumber,
                           @Nullable String address, @Nullable String phone, @Nullable String email,
                           @Nullable String submitterName, @Nullable String submitterPhone) {
    }

    /**
     * A dossier handed in at the desk, and what the desk decides on it.
     *
     * @param channel  IN_PERSON (default) or POSTAL
     * @param provided the components handed in (codes of the case's checklist)
     * @param decision RECEIVE (default; the dossier must be complete), REQUEST_COMPLETION (Form 02, with reason and
     *                 items) or REFUSE (Form 03, with reason)
     */
    record WalkInRequest(@Nullable String procedureCode, @Nullable String caseCode, @Nullable String channel,
                         @Nullable WalkInApplicant applicant, @Nullable List<String> provided, @Nullable Integer sets,
                         @Nullable String summary, @Nullable Map<String, String> formData, @Nullable String decision,
                         @Nullable String reason, @Nullable List<String> items) {
    }

    // --- the applicant ---------------------------------------------------------------------------------

    @GetMapping("/api/v1/my/dossiers")
    @Operation(summary = "My dossiers, newest first")
    Page<DossierJson> myDossiers() {
        signedIn();
        return Page.of(mine.mine().stream().map(DossierApi::json).toList());
    }

    @GetMapping("/api/v1/my/dossiers/{id}")
    @Operation(summary = "One of my dossiers with its components, files and history")
    DossierDetailJson myDossier(@PathVariable UUID id) {
        signedIn();
        return detail(views.detail(mine.own(id), false), mine.own(id));
    }

    @GetMapping(value = "/api/v1/my/dossiers/{id}/slip", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The slip of my dossier as PDF (Form 01 once received; Form 02 or 03 otherwise)")
    ResponseEntity<byte[]> mySlip(@PathVariable UUID id) {
        signedIn();
        return views.slip(mine.own(id));
    }

    @GetMapping("/api/v1/my/documents")
    @Operation(summary = "My personal data store: submitted documents and issued results with provenance")
    Page<DocumentJson> myDocuments() {
        signedIn();
        return Page.of(mine.documents().stream().map(d -> new DocumentJson(d.id(), d.name(), d.fileName(),
                d.mediaType(), d.size(), d.origin(), d.dossierId(), d.dossierCode(), iso(d.createdAt()), d.reuses()))
                .toList());
    }

    @PostMapping("/api/v1/my/drafts")
    @Operation(summary = "Start a draft for a procedure offered online (requires the procedure's assurance level)")
    ResponseEntity<DraftJson> newDraft(@RequestBody NewDraft body) {
        signedIn();
        submission.requireOnline(body.procedureCode());
        UUID id = submission.start(RefusedInput.require(body.procedureCode(), "procedureCode"),
                RefusedInput.require(body.caseCode(), "caseCode"));
        return ResponseEntity.status(HttpStatus.CREATED).body(draft(submission.draft(id)));
    }

    @GetMapping("/api/v1/my/drafts/{id}")
    @Operation(summary = "One of my drafts, with its submission token (send it as Idempotency-Key to submit)")
    DraftJson getDraft(@PathVariable UUID id) {
        signedIn();
        return draft(submission.draft(id));
    }

    @PutMapping("/api/v1/my/drafts/{id}/form")
    @Operation(summary = "Save the applicant's details (applicant.name, applicant.address, applicant.phone, "
            + "applicant.email) and the e-form values; 400 names the first refused field")
    DraftJson saveForm(@PathVariable UUID id, @RequestBody DraftForm body) {
        signedIn();
        submission.requireOnline(submission.draft(id));
        submission.saveForm(id, RefusedInput.require(body.values(), "values"),
                body.idNumber() == null ? "" : body.idNumber());
        return draft(submission.draft(id));
    }

    @PostMapping(value = "/api/v1/my/drafts/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file to a component (checked by content, size and virus scan)")
    DraftJson attach(@PathVariable UUID id, @RequestParam String componentCode, @RequestParam MultipartFile file) {
        signedIn();
        submission.requireOnline(submission.draft(id));
        try {
            submission.attach(id, new Upload(componentCode, String.valueOf(file.getOriginalFilename()),
                    String.valueOf(file.getContentType()), file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return draft(submission.draft(id));
    }

    @PostMapping(value = "/api/v1/my/drafts/{id}/reused-documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Use a document of my personal data store for a component")
    DraftJson reuse(@PathVariable UUID id, @RequestBody Reuse body) {
        signedIn();
        submission.requireOnline(submission.draft(id));
        submission.reuse(id, RefusedInput.require(body.componentCode(), "componentCode"),
                RefusedInput.require(body.documentId(), "documentId"));
        return draft(submission.draft(id));
    }

    @PostMapping("/api/v1/my/drafts/{id}/submission")
    @Operation(summary = "Submit the draft; idempotent: the same Idempotency-Key (the draft's submission token) "
            + "always answers with the one dossier")
    ResponseEntity<Submitted> submit(@PathVariable UUID id,
            @Parameter(description = "The draft's submissionToken") @RequestHeader("Idempotency-Key") String key) {
        signedIn();
        submission.requireOnline(submission.draft(id));
        UUID dossierId = submission.submit(id, key);
        Dossier dossier = mine.own(dossierId);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Submitted(dossierId, dossier.status().name(),
                dossier.status().nationalCode()));
    }

    // --- the desk --------------------------------------------------------------------------------------

    @GetMapping("/api/v1/desk/queue")
    @Operation(summary = "Online dossiers waiting for this desk (role DESK, own agency subtree)")
    Page<DossierJson> queue() {
        signedIn();
        return Page.of(reception.queue().stream().map(DossierApi::json).toList());
    }

    @GetMapping("/api/v1/desk/dossiers/{id}")
    @Operation(summary = "A dossier of this desk's scope (the read is audited)")
    DossierDetailJson deskDossier(@PathVariable UUID id) {
        signedIn();
        Dossier dossier = reception.handled(id);
        return detail(views.detail(dossier, true), dossier);
    }

    @PostMapping("/api/v1/desk/dossiers/{id}/receipt")
    @Operation(summary = "Receive a waiting online dossier: code issued, appointment computed")
    DossierJson receive(@PathVariable UUID id) {
        signedIn();
        reception.receiveSubmitted(id);
        return json(reception.handled(id));
    }

    @PostMapping("/api/v1/desk/dossiers/{id}/refusal")
    @Operation(summary = "Refuse a waiting online dossier with the reason (Form 03)")
    DossierJson refuse(@PathVariable UUID id, @RequestBody Decision body) {
        signedIn();
        reception.refuseSubmitted(id, RefusedInput.require(body.reason(), "reason"));
        return json(reception.handled(id));
    }

    @PostMapping("/api/v1/desk/dossiers/{id}/completion-request")
    @Operation(summary = "Ask for supplements before receipt, with the reason and the items (Form 02)")
    DossierJson requestCompletion(@PathVariable UUID id, @RequestBody Decision body) {
        signedIn();
        reception.requestCompletionOfSubmitted(id, RefusedInput.require(body.reason(), "reason"),
                body.items() == null ? List.of() : body.items());
        return json(reception.handled(id));
    }

    @PostMapping(value = "/api/v1/desk/walk-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "deskWalkIn",
            summary = "A dossier handed in at this desk in person or by post: receive it (code issued, appointment "
            + "computed), ask for supplements before receipt (Form 02) or refuse it (Form 03) — as the desk's intake "
            + "page; 400 names the first refused field")
    ResponseEntity<DossierJson> walkIn(@RequestBody WalkInRequest body) {
        signedIn();
        WalkInApplicant a = RefusedInput.require(body.applicant(), "applicant");
        Applicant.Kind kind;
        try {
            kind = Applicant.Kind.valueOf(a.kind() == null ? "PERSON" : a.kind());
        } catch (IllegalArgumentException e) {
            throw IntakeRefusals.of("applicantKind", "applicantKind",
                    "the applicant's kind must be PERSON or ORGANISATION");
        }
        Channel channel = switch (body.channel() == null ? "IN_PERSON" : body.channel()) {
            case "IN_PERSON" -> Channel.IN_PERSON;
            case "POSTAL" -> Channel.POSTAL;
            default -> throw IntakeRefusals.of("channel", "channel", "the desk receives IN_PERSON or POSTAL");
        };
        WalkIn walkIn = new WalkIn(RefusedInput.require(body.procedureCode(), "procedureCode"),
                RefusedInput.require(body.caseCode(), "caseCode"), channel,
                ApplicantRules.check(kind, a.name(), a.idNumber(), a.address(), a.phone(), a.email(), a.submitterName(),
                        a.submitterPhone()),
                body.provided() == null ? Set.of() : new LinkedHashSet<>(body.provided()),
                body.sets() == null ? 1 : body.sets(), body.summary() == null ? "" : body.summary(),
                body.formData() == null ? Map.of() : body.formData(), List.of());
        UUID id = switch (body.decision() == null ? "RECEIVE" : body.decision()) {
            case "RECEIVE" -> reception.receive(walkIn);
            case "REQUEST_COMPLETION" -> reception.requestCompletion(walkIn, body.reason() == null ? "" : body.reason(),
                    body.items() == null ? List.of() : body.items());
            case "REFUSE" -> reception.refuse(walkIn, body.reason() == null ? "" : body.reason());
            default -> throw IntakeRefusals.of("decision", "action",
                    "the decision must be RECEIVE, REQUEST_COMPLETION or REFUSE");
        };
        return ResponseEntity.created(URI.create("/api/v1/desk/dossiers/" + id)).body(json(reception.handled(id)));
    }

    @GetMapping("/api/v1/desk/dossiers/{id}/files/{fileId}")
    @Operation(operationId = "deskFile",
            summary = "A file of a dossier of this desk's scope (the read is audited)")
    ResponseEntity<byte[]> deskFile(@PathVariable UUID id, @PathVariable UUID fileId) {
        signedIn();
        return views.file(reception.handled(id), fileId);
    }

    @GetMapping(value = "/api/v1/desk/dossiers/{id}/slip", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The dossier's slip as PDF (Form 01, 02 or 03)")
    ResponseEntity<byte[]> deskSlip(@PathVariable UUID id) {
        signedIn();
        return views.slip(reception.handled(id));
    }

    // --- shapes ----------------------------------------------------------------------------------------

    private static void signedIn() {
        if (CurrentUser.get().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign-in is required");
        }
    }

    static DossierJson json(Dossier d) {
        return new DossierJson(d.id(), d.code(), d.particulars().procedure().code(), d.particulars().procedure().name(),
                d.status().name(), d.status().nationalCode(), d.particulars().channel().name(),
                d.particulars().channel().nationalCode(), iso(d.particulars().createdAt()), iso(d.receivedAt()),
                iso(d.dueAt()));
    }

    private static DossierDetailJson detail(DossierViews.Detail detail, Dossier d) {
        return new DossierDetailJson(json(d), detail.caseName(),
                detail.components().stream().map(c -> Map.<String, Object>of("code", c.code(), "name", c.name(),
                        "originals", c.originals(), "copies", c.copies(), "required", c.required(),
                        "provided", c.provided())).toList(),
                detail.files().stream().map(f -> Map.<String, Object>of("id", f.id(), "componentCode",
                        f.componentCode(), "fileName", f.fileName(), "mediaType", f.mediaType(), "size", f.size(),
                        "origin", f.origin())).toList(),
                detail.history().stream().map(h -> new HistoryJson(h.at(), h.action(), h.to(), h.note())).toList(),
                detail.slip());
    }

    private static DraftJson draft(Draft d) {
        return new DraftJson(d.id(), d.procedureCode(), d.procedureVersion(), d.caseCode(), d.formData(),
                d.files().stream().map(Draft.DraftFile::componentCode).toList(), d.token());
    }

    static @Nullable String iso(@Nullable Instant instant) {
        return instant == null ? null : PortalTime.ISO.format(instant);
    }
}
