package vn.dvc.portal.processing.internal;

import java.util.List;
import java.util.UUID;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Someone else acted on the dossier since the officer loaded it: nothing was changed. A {@link RefusedInput} with
 * the code {@code CONFLICT} (409) — the posted {@code version} is no longer the case's; the pages show
 * {@code processing.error.conflict} at their title.
 */
class ProcessingConflict extends RefusedInput {

    ProcessingConflict(UUID dossierId) {
        super(Code.CONFLICT, "dossier " + dossierId + " was changed by someone else",
                List.of(FormError.of("version", "processing.error.conflict")));
    }
}
