package vn.dvc.portal.processing.internal;

import java.util.UUID;

/** Someone else acted on the dossier since the officer loaded it: nothing was changed. */
class ProcessingConflict extends RuntimeException {

    ProcessingConflict(UUID dossierId) {
        super("dossier " + dossierId + " was changed by someone else");
    }
}
