package vn.dvc.portal.dossier;

import java.util.Optional;
import java.util.UUID;

/** The dossiers for other modules. */
public interface Dossiers {

    Optional<DossierView> find(UUID id);

    /** By the code on the receipt, e.g. {@code 000.00.15.H63-261128-0007} (exact, upper case). */
    Optional<DossierView> findByCode(String code);

    /**
     * Moves a dossier along an edge of {@link DossierLifecycle} (the processing module's edges: start, transfer,
     * supplement, payment, stop, result, withdrawal); records the history entry and publishes the edge's event
     * in the caller's transaction.
     *
     * @param note what the history shows (reasons, comment); may be empty
     * @throws DossierTransitionRefused if the table has no such edge from the dossier's state
     * @throws vn.dvc.portal.platform.ResourceNotFound for an unknown id
     */
    DossierView advance(UUID id, DossierAction action, String note);
}
