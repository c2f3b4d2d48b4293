package vn.dvc.portal.processing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dvc.portal.dossier.DossierFile;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.platform.FileNames;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Processing over the API (issue #15, DOS-3 … DOS-9), for other systems (bearer tokens with scope
 * {@code dvc.processing}) and officers' sessions alike: the inbox, a dossier's case (its present step, the actions
 * the caller may take now and the version to send with one) and every action of the case page, each carried out by
 * the same {@link CaseActions} as the page — the same permission checks ({@link Permissions}), the same rules, the
 * same history. Each action sends the case {@code version} it saw: another's action since then is 409
 * {@code CONFLICT} and changes nothing; a refused input is 400 naming the field. An action answers the case as it is
 * afterwards. Every {@code POST} takes an {@code Idempotency-Key} (the platform's filter; required of bearer clients).
 */
@RestController
@RequestMapping("/api/v1/processing")
@Tag(name = "Processing", description = "Dossier processing (#7): inboxes, cases and their actions (#15)")
class ProcessingActionsApi {

    record Page<T>(List<T> items, int total, int page, int size) {
        static <T> Page<T> of(List<T> items) {
            return new Page<>(items, items.size(), 0, items.size());
        }
    }

    /**
     * @param standing ON_TIME, DUE_SOON, OVERDUE or PAUSED
     */
    record InboxItemJson(UUID dossierId, String dossierCode, String procedureName, String stepName, String unitName,
                         @Nullable String assignee, String stepDueAt, String appointmentAt, String standing) {
    }

    /** One step the dossier has been at; {@code actions} are those the process allows there. */
    record StepJson(int index, String name, String role, String agencyCode, String unitCode, @Nullable String assignee,
                    String startedAt, String dueAt, List<String> actions, @Nullable String endedAt,
                    @Nullable String endedBy, @Nullable String outcome) {
    }

    /** One history entry; {@code actor} is the account (an API client's system account) that acted. */
    record HistoryJson(long sequence, String at, String actor, String action, @Nullable String fromStatus,
                       String toStatus, int nationalStatusCode, String note, @Nullable String fromStep,
                       @Nullable String toStep) {
    }

    record FileJson(UUID id, String componentCode, String fileName, String mediaType, long size, String origin) {
    }

    /**
     * A dossier's processing.
     *
     * @param version        send it with the next action (optimistic concurrency)
     * @param currentStep    the open step, null when none is (result ready at the desk, or ended)
     * @param allowedActions the actions the caller may take now, as the paths under this dossier
     *                       ({@code forward}, {@code approve}, …)
     * @param timeliness     EARLY, ON_TIME or LATE once the result is ready
     */
    record CaseJson(UUID dossierId, String dossierCode, String procedureCode, String procedureName, String status,
                    int nationalStatusCode, int version, String receivingAgency, String leadAgency, String receivedAt,
                    String dueAt, boolean paused, @Nullable StepJson currentStep, List<String> allowedActions,
                    @Nullable String timeliness, @Nullable String resultReadyAt, @Nullable String endedAt,
                    List<StepJson> steps, List<FileJson> files, List<HistoryJson> history) {
    }

    record Forward(@Nullable Integer version, @Nullable String comment, @Nullable String assignee) {
    }

    record Reason(@Nullable Integer version, @Nullable String reason) {
    }

    record SupplementRequest(@Nullable Integer version, @Nullable String reason, @Nullable List<String> items) {
    }

    record Transfer(@Nullable Integer version, @Nullable String agencyCode, @Nullable String reason) {
    }

    /** @param method DESK, POST or ONLINE */
    record ReturnResult(@Nullable Integer version, @Nullable String method, @Nullable String note) {
    }

    record Apology(@Nullable Integer version, @Nullable String reason, @Nullable Integer extraWorkingDays,
                   @Nullable String causingAgency) {
    }

    /** @param assignee an officer's user name; empty or null: back to the unit's pool */
    record Assign(@Nullable Integer version, @Nullable String assignee) {
    }

    record Answer(@Nullable String answer) {
    }

    private final CaseQueries queries;
    private final CaseActions actions;
    private final Comments comments;

    ProcessingActionsApi(CaseQueries queries, CaseActions actions, Comments comments) {
        this.queries = queries;
        this.actions = actions;
        this.comments = comments;
    }

    // --- reading -----------------------------------------------------------------------------------------

    @GetMapping("/inbox")
    @Operation(operationId = "processingInbox",
            summary = "The dossiers waiting: at my steps (mine), my unit's (unit, leaders), late in the province "
            + "(late, the Centre), with unanswered comments (comments)")
    Page<InboxItemJson> inbox(@RequestParam(defaultValue = "mine") String box) {
        CaseQueries.Inbox inbox = switch (box) {
            case "mine" -> CaseQueries.Inbox.MINE;
            case "unit" -> CaseQueries.Inbox.UNIT;
            case "late" -> CaseQueries.Inbox.LATE;
            case "comments" -> CaseQueries.Inbox.COMMENTS;
            default -> throw new InvalidRequestParameter("box", "must be mine, unit, late or comments");
        };
        return Page.of(queries.inbox(inbox).stream().map(r -> new InboxItemJson(r.dossierId(), r.code(),
                r.procedureName(), r.stepName(), r.unitName(), r.assignee(), iso(r.stepDueAt()),
                iso(r.appointmentAt()), r.standing().name())).toList());
    }

    @GetMapping("/dossiers/{id}")
    @Operation(operationId = "processingDossier",
            summary = "A dossier's processing: its step, the actions I may take, its version, steps, files and "
            + "history (officers who may see it; the read is audited)")
    CaseJson dossier(@PathVariable UUID id) {
        return json(queries.detail(id));
    }

    @GetMapping("/dossiers/{id}/files/{fileId}")
    @Operation(operationId = "processingFile",
            summary = "A file of the dossier: a result, a slip, a supplement (the read is audited)")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        byte[] content = queries.file(id, fileId);
        DossierFile info = queries.fileInfo(id, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(info.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(info.fileName())).body(content);
    }

    // --- the actions -------------------------------------------------------------------------------------

    @PostMapping("/dossiers/{id}/forward")
    @Operation(operationId = "processingForward",
            summary = "Forward to the next step (chuyển bước), optionally to a named officer")
    CaseJson forward(@PathVariable UUID id, @RequestBody Forward body) {
        return act(id, body.version(), new Act.Forward(nz(body.comment()), body.assignee()));
    }

    @PostMapping(value = "/dossiers/{id}/approve", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "processingApprove",
            summary = "Approve or sign (phê duyệt / ký duyệt); where the next step returns the result, the "
            + "result PDF in 'result' is required and is signed where the step signs")
    CaseJson approve(@PathVariable UUID id,
            @Parameter(description = "The case version") @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String comment,
            @Parameter(description = "The result, a PDF")
            @RequestParam(required = false) @Nullable MultipartFile result)
            throws IOException {
        return act(id, version, new Act.Approve(nz(comment), CasePages.upload(result)));
    }

    @PostMapping("/dossiers/{id}/return-to-previous")
    @Operation(operationId = "processingReturnToPrevious",
            summary = "Return to the previous step (trả lại bước trước), with the reason")
    CaseJson returnToPrevious(@PathVariable UUID id, @RequestBody Reason body) {
        return act(id, body.version(), new Act.ReturnToPrevious(nz(body.reason())));
    }

    @PostMapping("/dossiers/{id}/request-supplement")
    @Operation(operationId = "processingRequestSupplement",
            summary = "Ask the applicant for supplements (Form 02): the clock pauses")
    CaseJson requestSupplement(@PathVariable UUID id, @RequestBody SupplementRequest body) {
        return act(id, body.version(), new Act.RequestSupplement(nz(body.reason()),
                body.items() == null ? List.of() : body.items().stream()
                        .map(item -> nz(item).strip()).filter(item -> !item.isEmpty()).toList()));
    }

    @PostMapping(value = "/dossiers/{id}/record-supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "processingRecordSupplement",
            summary = "Record the supplement the applicant handed in (the receiving desk): the clock resumes")
    CaseJson recordSupplement(@PathVariable UUID id,
            @Parameter(description = "The case version") @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String note,
            @Parameter(description = "The supplemented documents") @RequestParam(required = false)
            @Nullable List<MultipartFile> files) throws IOException {
        return act(id, version, new Act.ProvideSupplement(nz(note), CasePages.uploads(files)));
    }

    @PostMapping("/dossiers/{id}/refuse")
    @Operation(operationId = "processingRefuse",
            summary = "Refuse after appraisal (từ chối giải quyết), with the legal reason")
    CaseJson refuse(@PathVariable UUID id, @RequestBody Reason body) {
        return act(id, body.version(), new Act.Refuse(nz(body.reason())));
    }

    @PostMapping("/dossiers/{id}/transfer")
    @Operation(operationId = "processingTransfer",
            summary = "Transfer to another agency for its part (liên thông, DOS-7)")
    CaseJson transfer(@PathVariable UUID id, @RequestBody Transfer body) {
        return act(id, body.version(), new Act.Transfer(nz(body.agencyCode()), nz(body.reason())));
    }

    @PostMapping("/dossiers/{id}/return-result")
    @Operation(operationId = "processingReturnResult",
            summary = "Return the result to the applicant (trả kết quả): at the desk, by post or online")
    CaseJson returnResult(@PathVariable UUID id, @RequestBody ReturnResult body) {
        return act(id, body.version(), new Act.ReturnResult(nz(body.method()), nz(body.note())));
    }

    @PostMapping("/dossiers/{id}/apologise")
    @Operation(operationId = "processingApologise",
            summary = "Apologise and set a new appointment (Form 04): once, at least a working day before it")
    CaseJson apologise(@PathVariable UUID id, @RequestBody Apology body) {
        return act(id, body.version(), new Act.Apologise(nz(body.reason()),
                body.extraWorkingDays() == null ? 0 : body.extraWorkingDays(), nz(body.causingAgency())));
    }

    @PostMapping("/dossiers/{id}/withdraw")
    @Operation(operationId = "processingWithdraw",
            summary = "Withdraw at the applicant's written request (the receiving desk)")
    CaseJson withdraw(@PathVariable UUID id, @RequestBody Reason body) {
        return act(id, body.version(), new Act.Withdraw(nz(body.reason())));
    }

    @PostMapping("/dossiers/{id}/stop")
    @Operation(operationId = "processingStop",
            summary = "Stop processing with reasons (a leader)")
    CaseJson stop(@PathVariable UUID id, @RequestBody Reason body) {
        return act(id, body.version(), new Act.Stop(nz(body.reason())));
    }

    @PostMapping("/dossiers/{id}/assign")
    @Operation(operationId = "processingAssign",
            summary = "Assign the open step to an officer, or back to the unit's pool")
    CaseJson assign(@PathVariable UUID id, @RequestBody Assign body) {
        return act(id, body.version(), new Act.Assign(body.assignee()));
    }

    @PostMapping("/dossiers/{id}/comments/{commentId}/answer")
    @Operation(operationId = "processingAnswer",
            summary = "Answer an applicant's comment on the handling (EVAL-3)")
    CaseJson answer(@PathVariable UUID id, @PathVariable UUID commentId, @RequestBody Answer body) {
        comments.answer(id, commentId, nz(body.answer()));
        return json(queries.detail(id));
    }

    private CaseJson act(UUID id, @Nullable Integer version, Act act) {
        actions.act(id, RefusedInput.require(version, "version"), act);
        return json(queries.detail(id));
    }

    // --- shapes ------------------------------------------------------------------------------------------

    static CaseJson json(CaseQueries.Detail d) {
        ProcessingCase c = d.processing();
        List<StepJson> steps = d.steps().stream().map(ProcessingActionsApi::step).toList();
        return new CaseJson(c.dossierId(), c.dossierCode(), c.procedureCode(), d.dossier().procedureName(),
                c.status().name(), c.status().nationalCode(), c.rowVersion(), c.receivingAgency(), c.leadAgency(),
                iso(c.receivedAt()), iso(c.due()), c.isPaused(), d.open() == null ? null : step(d.open()),
                d.offered(), c.timeliness() == null ? null : c.timeliness().name(), isoOrNull(c.resultReadyAt()),
                isoOrNull(c.endedAt()), steps,
                d.files().stream().map(f -> new FileJson(f.id(), f.componentCode(), f.fileName(), f.mediaType(),
                        f.size(), f.origin())).toList(),
                d.history().stream().map(ProcessingActionsApi::history).toList());
    }

    private static StepJson step(StepRow s) {
        return new StepJson(s.stepIndex(), s.stepName(), s.role().name(), s.agencyCode(), s.unitCode(), s.assignee(),
                iso(s.startedAt()), iso(s.due()), s.actions().stream().map(Enum::name).toList(), isoOrNull(s.endedAt()),
                s.endedBy(), s.outcome());
    }

    private static HistoryJson history(DossierHistoryEntry h) {
        return new HistoryJson(h.sequence(), iso(h.at()), h.actor(), h.action(),
                h.from() == null ? null : h.from().name(), h.to().name(), h.to().nationalCode(), h.detail().note(),
                h.detail().fromStep(), h.detail().toStep());
    }

    private static String iso(Instant at) {
        return PortalTime.ISO.format(at);
    }

    private static @Nullable String isoOrNull(@Nullable Instant at) {
        return at == null ? null : iso(at);
    }

    /** Null as empty, so the runtime's rules refuse a missing text as they refuse an empty one. */
    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }
}
