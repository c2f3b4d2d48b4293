package vn.dvc.portal.dossier;

import org.jspecify.annotations.Nullable;

/** The life-cycle does not allow this action in the dossier's present state (e.g. receiving it twice). */
public class DossierTransitionRefused extends RuntimeException {

    private final @Nullable DossierStatus from;
    private final DossierAction action;

    public DossierTransitionRefused(@Nullable DossierStatus from, DossierAction action) {
        super("a dossier " + (from == null ? "not yet created" : "in state " + from) + " cannot " + action);
        this.from = from;
        this.action = action;
    }

    public @Nullable DossierStatus from() {
        return from;
    }

    public DossierAction action() {
        return action;
    }
}
