package vn.dvc.portal.dossier;

import org.jspecify.annotations.Nullable;

/** The life-cycle does not allow this action in the dossier's present state (e.g. receiving it twice). */
public class DossierTransitionRefused extends RuntimeException {

    private final @Nullable DossierStatus from;
    private final @Nullable DossierAction action;

    public DossierTransitionRefused(@Nullable DossierStatus from, DossierAction action) {
        super("a dossier " + (from == null ? "not yet created" : "in state " + from) + " cannot " + action);
        this.from = from;
        this.action = action;
    }

    /** A processing action without a state change, refused because the dossier is not being processed. */
    public DossierTransitionRefused(DossierStatus from, String processingAction) {
        super("a dossier in state " + from + " cannot take the processing action " + processingAction);
        this.from = from;
        this.action = null;
    }

    public @Nullable DossierStatus from() {
        return from;
    }

    /** The life-cycle action refused, null for a processing action without a state change. */
    public @Nullable DossierAction action() {
        return action;
    }
}
