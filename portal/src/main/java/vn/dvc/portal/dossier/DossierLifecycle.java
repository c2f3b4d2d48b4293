package vn.dvc.portal.dossier;

import static vn.dvc.portal.dossier.DossierAction.*;
import static vn.dvc.portal.dossier.DossierStatus.*;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The dossier life-cycle: the one table of allowed transitions. Each edge names the action that causes it and
 * the event it publishes; an edge without a source state is how a dossier comes into being (an online
 * submission, or a walk-in the desk receives, refuses or returns for completion at once). The table is
 * rendered into {@code docs/dossier.md} by {@code DossierLifecycleTest}.
 */
public final class DossierLifecycle {

    /**
     * One edge.
     *
     * @param from   the source state, null for an entry edge
     * @param action what causes it
     * @param to     the target state
     * @param event  the event published
     */
    public record Transition(@Nullable DossierStatus from, DossierAction action, DossierStatus to,
                             Class<? extends DossierEvent> event) {
    }

    /** The transitions, grouped by the stage of the dossier. */
    public static final List<Transition> TRANSITIONS = List.of(
            // coming into being
            new Transition(null, SUBMIT, SUBMITTED, DossierSubmitted.class),
            new Transition(null, RECEIVE, RECEIVED, DossierReceived.class),
            new Transition(null, REFUSE, NOT_ACCEPTED, DossierNotAccepted.class),
            new Transition(null, REQUEST_COMPLETION, AWAITING_COMPLETION, SupplementRequested.class),
            // at the desk, before receipt
            new Transition(SUBMITTED, RECEIVE, RECEIVED, DossierReceived.class),
            new Transition(SUBMITTED, REFUSE, NOT_ACCEPTED, DossierNotAccepted.class),
            new Transition(SUBMITTED, REQUEST_COMPLETION, AWAITING_COMPLETION, SupplementRequested.class),
            new Transition(AWAITING_COMPLETION, COMPLETE, SUBMITTED, SupplementProvided.class),
            new Transition(SUBMITTED, WITHDRAW, WITHDRAWN, DossierWithdrawn.class),
            new Transition(AWAITING_COMPLETION, WITHDRAW, WITHDRAWN, DossierWithdrawn.class),
            // processing (driven by the processing module)
            new Transition(RECEIVED, START_PROCESSING, IN_PROCESSING, ProcessingStarted.class),
            new Transition(IN_PROCESSING, TRANSFER, IN_PROCESSING, DossierTransferred.class),
            new Transition(IN_PROCESSING, REQUEST_SUPPLEMENT, WAITING_FOR_SUPPLEMENT, SupplementRequested.class),
            new Transition(WAITING_FOR_SUPPLEMENT, PROVIDE_SUPPLEMENT, IN_PROCESSING, SupplementProvided.class),
            new Transition(IN_PROCESSING, REQUEST_PAYMENT, WAITING_FOR_PAYMENT, PaymentRequested.class),
            new Transition(WAITING_FOR_PAYMENT, RECORD_PAYMENT, IN_PROCESSING, PaymentReceived.class),
            new Transition(RECEIVED, WITHDRAW, WITHDRAWN, DossierWithdrawn.class),
            new Transition(IN_PROCESSING, WITHDRAW, WITHDRAWN, DossierWithdrawn.class),
            new Transition(WAITING_FOR_SUPPLEMENT, WITHDRAW, WITHDRAWN, DossierWithdrawn.class),
            new Transition(WAITING_FOR_PAYMENT, WITHDRAW, WITHDRAWN, DossierWithdrawn.class),
            new Transition(IN_PROCESSING, STOP, STOPPED, DossierStopped.class),
            new Transition(WAITING_FOR_SUPPLEMENT, STOP, STOPPED, DossierStopped.class),
            new Transition(IN_PROCESSING, ISSUE_RESULT, RESULT_READY, ResultIssued.class),
            new Transition(RESULT_READY, RETURN_RESULT, RESULT_RETURNED, ResultReturned.class));

    private DossierLifecycle() {
    }

    /** The edge taken by {@code action} from {@code from} (null: a new dossier), if the table allows it. */
    public static Optional<Transition> find(@Nullable DossierStatus from, DossierAction action) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** The edges leaving a state. */
    public static List<Transition> from(DossierStatus state) {
        return TRANSITIONS.stream().filter(t -> t.from() == state).toList();
    }

    /** The table as a Mermaid state diagram (for docs/dossier.md). */
    public static String mermaid() {
        return TRANSITIONS.stream()
                .map(t -> "    " + (t.from() == null ? "[*]" : t.from().name()) + " --> " + t.to().name() + " : "
                        + t.action().name())
                .collect(Collectors.joining("\n", "stateDiagram-v2\n", "\n"));
    }
}
