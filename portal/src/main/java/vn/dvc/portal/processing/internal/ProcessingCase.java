package vn.dvc.portal.processing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.calendar.Countdown;
import vn.dvc.portal.calendar.Timeliness;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.dossier.DossierAction;
import vn.dvc.portal.dossier.DossierLifecycle;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierTransitionRefused;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.HistoryDetail;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.processing.ApologyIssued;
import vn.dvc.portal.processing.StepAction;

/**
 * A dossier's processing: the aggregate every action goes through (tables {@code processing_case} and the open
 * row of {@code processing_step}).
 *
 * <p>Its state <strong>is the dossier's</strong> {@link DossierStatus}, loaded with it and moved along the edges
 * of {@link DossierLifecycle} — not a second state kept in step by hand. Beside it the case keeps what the dossier
 * does not: the appointment as a pausable {@link Countdown}, the supplement requests, the one apology, the result
 * and its timeliness, how it was returned, the open step, and the optimistic version the store checks.
 *
 * <p>Each named method (forward, approve, {@link #pauseForSupplement pause for a supplement}, {@link #resume},
 * refuse, transfer, {@link #apologise apologise once}, return the result, withdraw, stop, assign) checks that the
 * state allows it — else {@link RefusedInput} and nothing changed — then changes the case and registers, in
 * order, what {@link CaseStore#save} writes ({@link Change}): the steps, the dossier's history entries (moves
 * through {@code Dossiers.advance}, the rest through {@code Dossiers.record}) and the events. Who may act is
 * {@link Permissions}' part; what the services do in the middle of an action (render a slip, store a file, plan
 * the next step) comes in as a function, called only once the checks have passed.
 */
public final class ProcessingCase {

    /** What does not change once processing started. */
    record Particulars(UUID dossierId, String dossierCode, String procedureCode, String leadAgency,
                       String receivingAgency, Instant receivedAt, Instant originalDue, Instant startedAt) {
    }

    /** The one apology (Form 04): when, the agency that caused the delay, why. */
    record Apology(Instant at, String agency, String reason) {
    }

    /** The result attached to the dossier's files, and whether it carries a digital signature. */
    record Result(UUID file, boolean signed) {
    }

    /** Once the result is issued (national code 9): when, and how that met the appointment. */
    record Issue(Instant at, Timeliness timeliness) {
    }

    /** Once the case ended (returned, withdrawn, stopped): when, and how a result went back. */
    record End(Instant at, @Nullable ReturnMethod returnMethod) {
    }

    /** How the result goes back to the applicant. */
    public enum ReturnMethod {
        DESK, POST, ONLINE;

        static ReturnMethod of(String method) {
            for (ReturnMethod m : values()) {
                if (m.name().equals(method)) {
                    return m;
                }
            }
            throw RefusedInput.of("method", "processing.error.returnMethod");
        }
    }

    /** The working-time calendar of an agency (or unit). */
    @FunctionalInterface
    interface Calendars {
        WorkingCalendar of(String agencyCode);
    }

    /** Who acts, when, and the calendars the times are counted on. */
    record Acting(String by, Instant at, Calendars calendars) {
    }

    /** Stores a result being approved (signing it where {@code sign}) and gives what was stored. */
    @FunctionalInterface
    interface ResultFiling {
        Result file(Act.Upload pdf, boolean sign);
    }

    /** Renders and attaches Form 02 for the request being made; gives the file's key. */
    @FunctionalInterface
    interface SupplementSlip {
        String write(String reason, List<String> items);
    }

    /**
     * What an action changed, in the order it happened, for {@link CaseStore#save} to write: its steps, the
     * dossier's history (a move along an edge of the life-cycle, or a record of an action that changes no state)
     * and the events it publishes.
     */
    sealed interface Change {

        record StepOpened(StepRow step) implements Change {
        }

        record StepEnded(long stepId, Instant at, String by, String outcome, Timeliness timeliness) implements Change {
        }

        record StepAssigned(long stepId, @Nullable String assignee) implements Change {
        }

        /** The step's due moved by a pause of {@code pausedMinutes} of working time. */
        record StepPostponed(long stepId, Instant due, long pausedMinutes) implements Change {
        }

        record Moved(DossierAction action, HistoryDetail detail) implements Change {
        }

        record Recorded(String action, HistoryDetail detail) implements Change {
        }

        record Published(Object event) implements Change {
        }
    }

    private final Particulars particulars;
    private DossierStatus status;
    private Countdown appointment;
    private int supplementRequests;
    private @Nullable Apology apology;
    private @Nullable Result result;
    private @Nullable Issue issue;
    private @Nullable End end;
    private @Nullable StepRow open;
    private int rowVersion;
    private final List<Change> changes = new ArrayList<>();

    private ProcessingCase(Particulars particulars, DossierStatus status, Countdown appointment,
            int supplementRequests, @Nullable Apology apology, @Nullable Result result, @Nullable Issue issue,
            @Nullable End end, @Nullable StepRow open, int rowVersion) {
        this.particulars = particulars;
        this.status = status;
        this.appointment = appointment;
        this.supplementRequests = supplementRequests;
        this.apology = apology;
        this.result = result;
        this.issue = issue;
        this.end = end;
        this.open = open;
        this.rowVersion = rowVersion;
    }

    /**
     * The case of a dossier the desk has just received, not yet stored; {@link #start} must follow. Empty if the
     * dossier is not (or no longer) waiting for processing to start.
     */
    static Optional<ProcessingCase> of(DossierView d, Instant at) {
        String code = d.code();
        Instant received = d.receivedAt();
        Instant due = d.dueAt();
        if (d.status() != DossierStatus.RECEIVED || code == null || received == null || due == null) {
            return Optional.empty();
        }
        return Optional.of(new ProcessingCase(new Particulars(d.id(), code, d.procedureCode(), d.competentAgency(),
                d.receivingAgency(), received, due, at), d.status(), Countdown.start(received, offset(due)), 0, null,
                null, null, null, null, 0));
    }

    /** A case as stored, in the dossier's {@code status}. */
    static ProcessingCase restore(Particulars particulars, DossierStatus status, Countdown appointment,
            int supplementRequests, @Nullable Apology apology, @Nullable Result result, @Nullable Issue issue,
            @Nullable End end, @Nullable StepRow open, int rowVersion) {
        return new ProcessingCase(particulars, status, appointment, supplementRequests, apology, result, issue, end,
                open, rowVersion);
    }

    // --- the transitions --------------------------------------------------------------------------------------

    /** Processing starts at the first step of the process {@code processName} (RECEIVED → IN_PROCESSING). */
    void start(String processName, StepRow first) {
        open(first);
        move(DossierAction.START_PROCESSING, HistoryDetail.builder(processName).toStep(first.stepName())
                .agency(first.unitCode()));
    }

    /** Chuyển bước tiếp: to {@code next} (which the planner found), perhaps to a named officer. */
    void forward(Act.Forward f, Optional<StepRow> next, Acting acting) {
        StepRow step = stepAllowing(StepAction.FORWARD);
        requireRunning();
        StepRow to = next.orElseThrow(() -> RefusedInput.of("action", "processing.error.noNextStep"));
        if (to.returnsResult() && result == null) {
            throw RefusedInput.of("action", "processing.error.resultRequired");
        }
        String assignee = Act.assignee(f.assignee());
        handOver(step, to.withAssignee(assignee), StepAction.FORWARD.name(), Act.text(f.comment(), false), acting);
    }

    /**
     * Phê duyệt / ký duyệt: attaches the result if one comes with it (required where the next step returns it, or
     * none follows), then hands over to {@code next} or, with none, issues the result.
     */
    void approve(Act.Approve a, Optional<StepRow> next, Acting acting, ResultFiling filing) {
        StepAction approval = approval();
        StepRow step = stepAllowing(approval);
        requireRunning();
        boolean issues = next.isEmpty() || next.get().returnsResult();
        Act.Upload upload = a.result();
        if (upload != null) {
            attachResult(filing.file(ProcessingFiles.requirePdf(upload, "result"), step.allows(StepAction.SIGN)));
        } else if (issues && result == null) {
            throw RefusedInput.of("result", "processing.error.resultMissing");
        }
        String comment = Act.text(a.comment(), false);
        if (next.isPresent()) {
            handOver(step, next.get(), approval.name(), comment, acting);
            return;
        }
        endStep(step, approval.name(), acting);
        resultReady(step, null, comment, acting);
    }

    /** Trả lại bước trước, with the reason. */
    void returnToPrevious(Act.ReturnToPrevious r, Optional<StepRow> previous, Acting acting) {
        StepRow step = stepAllowing(StepAction.RETURN_TO_PREVIOUS);
        requireRunning();
        String reason = Act.text(r.reason(), true);
        StepRow to = previous.orElseThrow(() -> RefusedInput.of("action", "processing.error.noPreviousStep"));
        handOver(step, to, StepAction.RETURN_TO_PREVIOUS.name(), reason, acting);
    }

    /** Yêu cầu bổ sung (Form 02): the clock pauses at the open step (IN_PROCESSING → WAITING_FOR_SUPPLEMENT). */
    void pauseForSupplement(Act.RequestSupplement r, Acting acting, SupplementSlip slip) {
        StepRow step = stepAllowing(StepAction.REQUEST_SUPPLEMENT);
        requireRunning();
        String reason = Act.text(r.reason(), true);
        List<String> items = r.items().stream().map(String::strip).filter(i -> !i.isEmpty()).toList();
        if (items.isEmpty() || items.size() > 30 || items.stream().anyMatch(i -> i.length() > 500)) {
            throw RefusedInput.of("items", "processing.error.itemsRequired");
        }
        appointment = appointment.pause(acting.at());
        supplementRequests++;
        String form = slip.write(reason, items);
        move(DossierAction.REQUEST_SUPPLEMENT, HistoryDetail.builder(reason + "\n- " + String.join("\n- ", items))
                .fromStep(step.stepName()).toStep(step.stepName()).agency(step.unitCode()).attachment(form));
    }

    /**
     * The supplement came (at the desk or online): its files are attached, the clock resumes — the appointment and
     * the open step's due move by the working time paused (WAITING_FOR_SUPPLEMENT → IN_PROCESSING).
     */
    void resume(Act.ProvideSupplement p, Acting acting, Consumer<Act.Upload> attach) {
        Instant since = appointment.pausedSince();
        if (!isPaused() || since == null) {
            throw RefusedInput.of("action", "processing.error.notWaitingForSupplement");
        }
        String note = Act.text(p.note(), false);
        List<Act.Upload> files = ProcessingFiles.requireDocuments(p.files(), "files");
        if (files.isEmpty() && note.isEmpty()) {
            throw RefusedInput.of("files", "processing.error.supplementEmpty");
        }
        files.forEach(attach);
        WorkingCalendar calendar = acting.calendars().of(leadAgency());
        Duration paused = calendar.workingTimeBetween(since, acting.at());
        appointment = appointment.resume(acting.at(), calendar);
        StepRow step = open;
        if (step != null) {
            Instant stepDue = acting.calendars().of(step.unitCode()).plusWorkingTime(step.due(), paused).toInstant();
            changes.add(new Change.StepPostponed(step.id(), stepDue, paused.toMinutes()));
            open = step.postponed(stepDue, paused.toMinutes());
        }
        move(DossierAction.PROVIDE_SUPPLEMENT, HistoryDetail.builder(note)
                .toStep(step == null ? null : step.stepName()).agency(step == null ? null : step.unitCode())
                .newDue(due()));
    }

    /** Từ chối giải quyết after appraisal: the refusal slip ({@code slip} renders it from the reason); it stops. */
    void refuse(Act.Refuse r, Acting acting, Function<String, String> slip) {
        StepRow step = stepAllowing(StepAction.REFUSE);
        requireRunning();
        String reason = Act.text(r.reason(), true);
        endStep(step, StepAction.REFUSE.name(), acting);
        String refusal = slip.apply(reason);
        move(DossierAction.STOP, HistoryDetail.builder("Từ chối giải quyết: " + reason).fromStep(step.stepName())
                .agency(step.unitCode()).attachment(refusal));
        close(acting.at(), null);
    }

    /**
     * Chuyển liên thông to another agency ({@code known} tells which exist) whose part {@code partAt} plans; the
     * dossier comes back when that part is forwarded. One transfer at a time.
     */
    void transfer(Act.Transfer t, Predicate<String> known, Function<String, StepRow> partAt, Acting acting) {
        StepRow step = stepAllowing(StepAction.TRANSFER);
        requireRunning();
        String agency = t.agencyCode().strip();
        if (agency.isEmpty() || !known.test(agency) || agency.equals(step.agencyCode())) {
            throw RefusedInput.of("agency", "processing.error.transferAgency");
        }
        if (step.returnTo() != null) {
            throw RefusedInput.of("agency", "processing.error.nestedTransfer");
        }
        String reason = Act.text(t.reason(), true);
        StepRow part = partAt.apply(agency);
        endStep(step, StepAction.TRANSFER.name(), acting);
        open(part);
        move(DossierAction.TRANSFER, HistoryDetail.builder(reason).fromStep(step.stepName()).toStep(part.stepName())
                .agency(part.unitCode()));
    }

    /**
     * Where the result is handed back: the open return step, or none (the receiving desk). Refused before the
     * result is ready.
     */
    Optional<StepRow> returnPoint() {
        requireResultReady();
        return Optional.ofNullable(open);
    }

    /** Trả kết quả at the desk, by post or online (RESULT_READY → RESULT_RETURNED). */
    void returnResult(Act.ReturnResult r, Acting acting) {
        StepRow step = returnPoint().orElse(null);
        ReturnMethod method = ReturnMethod.of(r.method());
        if (step != null) {
            endStep(step, StepAction.RETURN_RESULT.name(), acting);
        }
        move(DossierAction.RETURN_RESULT, HistoryDetail.builder(Act.text(r.note(), false))
                .fromStep(step == null ? null : step.stepName())
                .agency(step == null ? receivingAgency() : step.unitCode()));
        close(acting.at(), method);
    }

    /**
     * Thư xin lỗi và hẹn lại (Form 04): once, while processing runs, by an agency the dossier has been at
     * ({@code holders}: the units and agencies of its steps), at least one working day before the appointment;
     * the appointment moves by the extra working days. {@code slip} renders Form 04 given the old appointment.
     */
    void apologise(Act.Apologise a, Set<String> holders, Acting acting, Function<Instant, String> slip) {
        String refusal = apologyRefusal();
        if (refusal != null) {
            throw RefusedInput.of("action", refusal);
        }
        String reason = Act.text(a.reason(), true);
        if (a.extraWorkingDays() < 1 || a.extraWorkingDays() > 60) {
            throw RefusedInput.of("extraDays", "processing.error.extraDays");
        }
        String causing = a.causingAgency().strip();
        if (!causing.equals(leadAgency()) && !causing.equals(receivingAgency()) && !holders.contains(causing)) {
            throw RefusedInput.of("causingAgency", "processing.error.causingAgency");
        }
        WorkingCalendar calendar = acting.calendars().of(leadAgency());
        Instant previous = due();
        if (calendar.workingTimeBetween(acting.at(), previous).compareTo(WorkingCalendar.WORKING_DAY) < 0) {
            throw RefusedInput.of("action", "processing.error.apologyTooLate");
        }
        Instant newDue = calendar.plusWorkingTime(previous,
                WorkingCalendar.WORKING_DAY.multipliedBy(a.extraWorkingDays())).toInstant();
        apology = new Apology(acting.at(), causing, reason);
        appointment = new Countdown(appointment.start(), offset(newDue), appointment.pausedSince(),
                appointment.pausedWorkingTime());
        String form = slip.apply(previous);
        record("APOLOGY", HistoryDetail.builder(reason).agency(causing).attachment(form).newDue(newDue));
        changes.add(new Change.Published(new ApologyIssued(dossierId(), dossierCode(), newDue, causing, acting.at())));
    }

    /** Rút hồ sơ at the applicant's request, while in progress. */
    void withdraw(Act.Withdraw w, Acting acting) {
        requireInProgress();
        String reason = Act.text(w.reason(), true);
        StepRow step = open;
        if (step != null) {
            endStep(step, DossierAction.WITHDRAW.name(), acting);
        }
        move(DossierAction.WITHDRAW, HistoryDetail.builder(reason).fromStep(step == null ? null : step.stepName()));
        close(acting.at(), null);
    }

    /** Dừng xử lý with reasons, while in progress. */
    void stop(Act.Stop s, Acting acting) {
        requireInProgress();
        String reason = Act.text(s.reason(), true);
        StepRow step = open;
        if (step != null) {
            endStep(step, DossierAction.STOP.name(), acting);
        }
        move(DossierAction.STOP, HistoryDetail.builder(reason).fromStep(step == null ? null : step.stepName())
                .agency(step == null ? null : step.unitCode()));
        close(acting.at(), null);
    }

    /** The step an assignment is about: the open one of an open case. */
    StepRow stepToAssign() {
        StepRow step = open;
        if (step == null || !isOpen()) {
            throw RefusedInput.of("assignee", "processing.error.nothingToAssign");
        }
        return step;
    }

    /** Phân công: the open step to {@code assignee} (a checked user name, {@link Act#assignee}), or the pool. */
    void assign(@Nullable String assignee) {
        StepRow step = stepToAssign();
        changes.add(new Change.StepAssigned(step.id(), assignee));
        open = step.withAssignee(assignee);
        record("ASSIGN", HistoryDetail.builder(assignee == null ? "" : assignee).toStep(step.stepName())
                .agency(step.unitCode()).officersOnly());
    }

    // --- the checks -------------------------------------------------------------------------------------------

    /** The open step, where an officer acts (refused when the dossier is at none). */
    StepRow stepToActAt() {
        StepRow step = open;
        if (step == null) {
            throw RefusedInput.of("action", "processing.error.noOpenStep");
        }
        return step;
    }

    /** What approving is at the open step: {@code SIGN} where the step signs, else {@code APPROVE}. */
    StepAction approval() {
        StepRow step = open;
        return step != null && step.allows(StepAction.SIGN) ? StepAction.SIGN : StepAction.APPROVE;
    }

    private StepRow stepAllowing(StepAction action) {
        StepRow step = stepToActAt();
        if (!step.allows(action)) {
            throw RefusedInput.of("action", "processing.error.notAllowedHere");
        }
        return step;
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw RefusedInput.of("action", isPaused() ? "processing.error.paused" : "processing.error.notRunning");
        }
    }

    private void requireInProgress() {
        if (!isInProgress()) {
            throw RefusedInput.of("action", "processing.error.notRunning");
        }
    }

    private void requireResultReady() {
        if (!isResultReady()) {
            throw RefusedInput.of("action", "processing.error.noResultYet");
        }
    }

    /** Why an apology is not possible now (the message key), null if it is. */
    private @Nullable String apologyRefusal() {
        if (!isRunning()) {
            return "processing.error.notRunning";
        }
        return apology != null ? "processing.error.apologyOnce" : null;
    }

    // --- the moves --------------------------------------------------------------------------------------------

    /** Ends {@code step} and opens {@code next}; reaching the return step issues the result (national code 9). */
    private void handOver(StepRow step, StepRow next, String action, String note, Acting acting) {
        endStep(step, action, acting);
        open(next);
        if (next.returnsResult() && !isResultReady()) {
            resultReady(step, next, note, acting);
            return;
        }
        HistoryDetail.Builder detail = HistoryDetail.builder(note).fromStep(step.stepName()).toStep(next.stepName())
                .agency(next.unitCode());
        if (step.returnTo() != null && next.returnTo() == null) {
            move(DossierAction.TRANSFER, detail); // back from another agency's part
        } else {
            record(action, detail);
        }
    }

    /** The result is attached to the case (its approval checked that processing runs). */
    private void attachResult(Result attached) {
        result = attached;
    }

    /** The result is issued: early, on time or late against the appointment (IN_PROCESSING → RESULT_READY). */
    private void resultReady(StepRow step, @Nullable StepRow next, String note, Acting acting) {
        Timeliness timeliness = acting.calendars().of(leadAgency()).classify(acting.at(), due());
        move(DossierAction.ISSUE_RESULT, HistoryDetail.builder(note).fromStep(step.stepName())
                .toStep(next == null ? null : next.stepName())
                .agency(next == null ? receivingAgency() : next.unitCode()));
        issue = new Issue(acting.at(), timeliness);
    }

    /** The case ends: no step is open any more and the clock stops for good. */
    private void close(Instant at, @Nullable ReturnMethod method) {
        appointment = new Countdown(appointment.start(), appointment.due(), null, appointment.pausedWorkingTime());
        end = new End(at, method);
    }

    private void endStep(StepRow step, String outcome, Acting acting) {
        Timeliness timeliness = acting.calendars().of(step.unitCode()).classify(acting.at(), step.due());
        changes.add(new Change.StepEnded(step.id(), acting.at(), acting.by(), outcome, timeliness));
        open = null;
    }

    private void open(StepRow step) {
        changes.add(new Change.StepOpened(step));
        open = step;
    }

    /** Moves the state along the life-cycle's edge for {@code action} and registers the history entry. */
    private void move(DossierAction action, HistoryDetail.Builder detail) {
        DossierLifecycle.Transition edge = DossierLifecycle.find(status, action)
                .orElseThrow(() -> new DossierTransitionRefused(status, action));
        changes.add(new Change.Moved(action, detail.build()));
        status = edge.to();
    }

    private void record(String action, HistoryDetail.Builder detail) {
        changes.add(new Change.Recorded(action, detail.build()));
    }

    private static java.time.OffsetDateTime offset(Instant instant) {
        return instant.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
    }

    // --- reading ----------------------------------------------------------------------------------------------

    /** The dossier's state (the case has no other). */
    public DossierStatus status() {
        return status;
    }

    /** Processing runs: an officer may act at the open step. */
    public boolean isRunning() {
        return status == DossierStatus.IN_PROCESSING;
    }

    /** Waiting for the applicant's supplement; the clock is paused. */
    public boolean isPaused() {
        return status == DossierStatus.WAITING_FOR_SUPPLEMENT;
    }

    /** The result is issued and waits to be handed back. */
    public boolean isResultReady() {
        return status == DossierStatus.RESULT_READY;
    }

    /** Running or paused: it may still be withdrawn or stopped, and its remaining time counts. */
    public boolean isInProgress() {
        return isRunning() || isPaused();
    }

    /** Not yet ended (returned, withdrawn, stopped). */
    public boolean isOpen() {
        return !status.isFinal();
    }

    /** Whether an apology may be made now (running, none made yet). */
    public boolean mayApologise() {
        return apologyRefusal() == null;
    }

    public UUID dossierId() {
        return particulars.dossierId();
    }

    public String dossierCode() {
        return particulars.dossierCode();
    }

    public String procedureCode() {
        return particulars.procedureCode();
    }

    /** The agency competent to decide (whose calendar the appointment is counted on). */
    public String leadAgency() {
        return particulars.leadAgency();
    }

    public String receivingAgency() {
        return particulars.receivingAgency();
    }

    public Instant receivedAt() {
        return particulars.receivedAt();
    }

    /** The appointment given on receipt. */
    public Instant originalDue() {
        return particulars.originalDue();
    }

    public Instant startedAt() {
        return particulars.startedAt();
    }

    /** The appointment now (moved by pauses and an apology). */
    public Instant due() {
        return appointment.due().toInstant();
    }

    public @Nullable Instant pausedSince() {
        return appointment.pausedSince();
    }

    /** Working minutes paused so far. */
    public long pausedMinutes() {
        return appointment.pausedWorkingTime().toMinutes();
    }

    public int supplementRequests() {
        return supplementRequests;
    }

    public @Nullable Instant apologyAt() {
        return apology == null ? null : apology.at();
    }

    public @Nullable String apologyAgency() {
        return apology == null ? null : apology.agency();
    }

    public @Nullable String apologyReason() {
        return apology == null ? null : apology.reason();
    }

    public @Nullable UUID resultFile() {
        return result == null ? null : result.file();
    }

    public boolean resultSigned() {
        return result != null && result.signed();
    }

    public @Nullable Instant resultReadyAt() {
        return issue == null ? null : issue.at();
    }

    /** How the result met the appointment, once issued. */
    public @Nullable Timeliness timeliness() {
        return issue == null ? null : issue.timeliness();
    }

    public @Nullable ReturnMethod returnMethod() {
        return end == null ? null : end.returnMethod();
    }

    public @Nullable Instant endedAt() {
        return end == null ? null : end.at();
    }

    /** The step the dossier is at, if any. */
    public Optional<StepRow> openStep() {
        return Optional.ofNullable(open);
    }

    /** The version the store checks; every saved change bumps it. */
    public int rowVersion() {
        return rowVersion;
    }

    /** What was changed since it was loaded, in order. */
    List<Change> changes() {
        return List.copyOf(changes);
    }

    /** After the store wrote it. */
    void stored() {
        changes.clear();
        rowVersion++;
    }
}
