package vn.dvc.portal.dossier;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The life-cycle does not allow this action in the dossier's present state (e.g. receiving it twice): a
 * {@link RefusedInput} with the code {@code CONFLICT} (409) — the request is well-formed, the dossier's state
 * refuses it. Pages show {@code dossier.error.transition} at the field {@code action}.
 */
public class DossierTransitionRefused extends RefusedInput {

    private final @Nullable DossierStatus from;
    private final @Nullable DossierAction action;

    public DossierTransitionRefused(@Nullable DossierStatus from, DossierAction action) {
        super(Code.CONFLICT, "a dossier " + (from == null ? "not yet created" : "in state " + from) + " cannot "
                + action, List.of(FormError.of("action", "dossier.error.transition")));
        this.from = from;
        this.action = action;
    }

    /** A processing action without a state change, refused because the dossier is not being processed. */
    public DossierTransitionRefused(DossierStatus from, String processingAction) {
        super(Code.CONFLICT, "a dossier in state " + from + " cannot take the processing action " + processingAction,
                List.of(FormError.of("action", "dossier.error.transition")));
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
