package vn.dvc.portal.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.dossier.DossierAction;
import vn.dvc.portal.dossier.DossierEvent;
import vn.dvc.portal.dossier.DossierLifecycle;
import vn.dvc.portal.dossier.DossierLifecycle.Transition;
import vn.dvc.portal.dossier.DossierNotAccepted;
import vn.dvc.portal.dossier.DossierReceived;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierStopped;
import vn.dvc.portal.dossier.DossierSubmitted;
import vn.dvc.portal.dossier.DossierTransferred;
import vn.dvc.portal.dossier.DossierTransitionRefused;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.DossierWithdrawn;
import vn.dvc.portal.dossier.HistoryDetail;
import vn.dvc.portal.dossier.PaymentReceived;
import vn.dvc.portal.dossier.PaymentRequested;
import vn.dvc.portal.dossier.ProcessingStarted;
import vn.dvc.portal.dossier.ResultIssued;
import vn.dvc.portal.dossier.ResultReturned;
import vn.dvc.portal.dossier.SupplementProvided;
import vn.dvc.portal.dossier.SupplementRequested;

/**
 * The dossier aggregate. Its state changes only through the edges of {@link DossierLifecycle}: each one
 * checks the table, records a history entry and registers the edge's event; {@link DossierStore} writes
 * both in the same transaction and the service publishes the events.
 */
final class Dossier {

    /** What does not change after the dossier came into being. */
    record Particulars(UUID id, ProcedureRef procedure, String receivingAgency, String competentAgency,
                       Channel channel, Applicant applicant, @Nullable UUID ownerAccount, String summary,
                       Map<String, String> formData, int sets, long feesDueVnd, String timeLimit,
                       List<ComponentLine> components, @Nullable String idempotencyKey,
                       @Nullable String externalId, Instant createdAt) {
    }

    /** The reasons and items of a refusal or a request for completion (Forms 02 and 03). */
    record Decision(Instant at, String by, String reason, List<String> items) {
    }

    private final Particulars particulars;
    private @Nullable DossierStatus status;
    private @Nullable String code;
    private @Nullable Instant submittedAt;
    private @Nullable Instant receivedAt;
    private @Nullable Instant dueAt;
    private @Nullable String receivedBy;
    private @Nullable Decision decision;
    private int rowVersion;
    private final List<HistoryEntry> newHistory = new ArrayList<>();
    private final List<DossierEvent> events = new ArrayList<>();

    private Dossier(Particulars particulars) {
        this.particulars = particulars;
    }

    /** A dossier about to come into being; one of the entry edges must follow. */
    static Dossier create(Particulars particulars) {
        return new Dossier(particulars);
    }

    /** A dossier as stored. */
    static Dossier restore(Particulars particulars, DossierStatus status, @Nullable String code,
            @Nullable Instant submittedAt, @Nullable Instant receivedAt, @Nullable Instant dueAt,
            @Nullable String receivedBy, @Nullable Decision decision, int rowVersion) {
        Dossier dossier = new Dossier(particulars);
        dossier.status = status;
        dossier.code = code;
        dossier.submittedAt = submittedAt;
        dossier.receivedAt = receivedAt;
        dossier.dueAt = dueAt;
        dossier.receivedBy = receivedBy;
        dossier.decision = decision;
        dossier.rowVersion = rowVersion;
        return dossier;
    }

    // --- the edges ------------------------------------------------------------------------------------

    void submit(Instant at, String actor) {
        Transition edge = edge(DossierAction.SUBMIT);
        submittedAt = at;
        move(edge, at, actor, "");
        events.add(new DossierSubmitted(id(), particulars.procedure().code(), particulars.channel(),
                particulars.receivingAgency(), at));
    }

    /** Receipt: the code (issued in this transaction) and the appointment from the working-time clock. */
    void receive(String issuedCode, Instant at, Instant due, String actor) {
        Transition edge = edge(DossierAction.RECEIVE);
        code = issuedCode;
        receivedAt = at;
        dueAt = due;
        receivedBy = actor;
        move(edge, at, actor, issuedCode);
        events.add(new DossierReceived(id(), issuedCode, particulars.procedure().code(),
                particulars.procedure().version(), particulars.channel(), particulars.receivingAgency(),
                particulars.competentAgency(), at, due));
    }

    void refuse(String reason, Instant at, String actor) {
        Transition edge = edge(DossierAction.REFUSE);
        decision = new Decision(at, actor, reason, List.of());
        move(edge, at, actor, reason);
        events.add(new DossierNotAccepted(id(), particulars.procedure().code(), particulars.channel(),
                particulars.receivingAgency(), at));
    }

    void requestCompletion(String reason, List<String> items, Instant at, String actor) {
        Transition edge = edge(DossierAction.REQUEST_COMPLETION);
        decision = new Decision(at, actor, reason, List.copyOf(items));
        move(edge, at, actor, reason);
        events.add(new SupplementRequested(id(), null, true, at));
    }

    void complete(Instant at, String actor) {
        Transition edge = edge(DossierAction.COMPLETE);
        move(edge, at, actor, "");
        events.add(new SupplementProvided(id(), null, true, at));
    }

    /** One of the later edges (processing, withdrawal), driven through the module's API. */
    void advance(DossierAction action, HistoryDetail detail, Instant at, String actor) {
        Transition edge = edge(action);
        if (detail.newDue() != null) {
            dueAt = detail.newDue();
        }
        newHistory.add(new HistoryEntry(at, actor, edge.action().name(), status, edge.to(), detail));
        status = edge.to();
        events.add(switch (action) {
            case START_PROCESSING -> new ProcessingStarted(id(), code, at);
            case TRANSFER -> new DossierTransferred(id(), code, at);
            case REQUEST_SUPPLEMENT -> new SupplementRequested(id(), code, false, at);
            case PROVIDE_SUPPLEMENT -> new SupplementProvided(id(), code, false, at);
            case REQUEST_PAYMENT -> new PaymentRequested(id(), code, at);
            case RECORD_PAYMENT -> new PaymentReceived(id(), code, at);
            case WITHDRAW -> new DossierWithdrawn(id(), code, at);
            case STOP -> new DossierStopped(id(), code, at);
            case ISSUE_RESULT -> new ResultIssued(id(), code, at);
            case RETURN_RESULT -> new ResultReturned(id(), code, at);
            case SUBMIT, RECEIVE, REFUSE, REQUEST_COMPLETION, COMPLETE ->
                    throw new DossierTransitionRefused(status, action);
        });
    }

    /** A processing action without a state change: a history entry (and a new appointment, if it sets one). */
    void record(String action, HistoryDetail detail, Instant at, String actor) {
        DossierStatus current = status();
        if (!current.isReceived() || current.isFinal()) {
            throw new DossierTransitionRefused(current, action);
        }
        if (detail.newDue() != null) {
            dueAt = detail.newDue();
        }
        newHistory.add(new HistoryEntry(at, actor, action, current, current, detail));
    }

    private Transition edge(DossierAction action) {
        return DossierLifecycle.find(status, action).orElseThrow(() -> new DossierTransitionRefused(status, action));
    }

    private void move(Transition edge, Instant at, String actor, String note) {
        newHistory.add(new HistoryEntry(at, actor, edge.action().name(), status, edge.to(), HistoryDetail.note(note)));
        status = edge.to();
    }

    // --- reading --------------------------------------------------------------------------------------

    UUID id() {
        return particulars.id();
    }

    Particulars particulars() {
        return particulars;
    }

    DossierStatus status() {
        if (status == null) {
            throw new IllegalStateException("dossier " + id() + " has not come into being");
        }
        return status;
    }

    /** Not yet stored (stored rows start at version 1). */
    boolean isNew() {
        return rowVersion == 0;
    }

    @Nullable String code() {
        return code;
    }

    @Nullable Instant submittedAt() {
        return submittedAt;
    }

    @Nullable Instant receivedAt() {
        return receivedAt;
    }

    @Nullable Instant dueAt() {
        return dueAt;
    }

    @Nullable String receivedBy() {
        return receivedBy;
    }

    @Nullable Decision decision() {
        return decision;
    }

    int rowVersion() {
        return rowVersion;
    }

    /** History entries not yet stored. */
    List<HistoryEntry> newHistory() {
        return List.copyOf(newHistory);
    }

    /** Events registered by the edges taken since it was loaded. */
    List<DossierEvent> events() {
        return List.copyOf(events);
    }

    /** After the store wrote it. */
    void stored() {
        newHistory.clear();
        events.clear();
        rowVersion++;
    }

    DossierView view() {
        return new DossierView(id(), code, particulars.procedure().code(), particulars.procedure().version(),
                particulars.procedure().name(), particulars.procedure().caseCode(), status(), particulars.channel(),
                particulars.receivingAgency(), particulars.competentAgency(), particulars.applicant().name(),
                particulars.ownerAccount(), submittedAt, receivedAt, dueAt);
    }
}
