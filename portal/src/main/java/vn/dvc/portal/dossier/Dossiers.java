package vn.dvc.portal.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

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
    default DossierView advance(UUID id, DossierAction action, String note) {
        return advance(id, action, HistoryDetail.note(note));
    }

    /**
     * Like {@link #advance(UUID, DossierAction, String)}, with the processing detail of the history entry; a
     * {@link HistoryDetail#newDue()} becomes the dossier's appointment.
     */
    DossierView advance(UUID id, DossierAction action, HistoryDetail detail);

    /**
     * Records a processing action that does not change the dossier's state (a hand-over to the next step, an
     * assignment, an apology with a new appointment, a comment), in the caller's transaction.
     *
     * @param action a stable name, e.g. {@code FORWARD}, {@code APOLOGY}
     * @throws vn.dvc.portal.platform.ResourceNotFound for an unknown id
     */
    DossierView record(UUID id, String action, HistoryDetail detail);

    /** The whole history (officers' view; filter on {@link HistoryDetail#applicantVisible()} for applicants). */
    List<DossierHistoryEntry> history(UUID id);

    /** Checks the history's hash chain. */
    HistoryVerification verifyHistory(UUID id);

    /**
     * Attaches a file the processing module received (the caller checked its type and size): a result is also
     * kept in the owner's personal data store. Shown on the dossier's pages with the other files.
     *
     * @return the file's id
     */
    UUID attachFile(UUID id, FileOrigin origin, String fileName, String mediaType, byte[] content);

    /** The dossier's files, in the order they came. */
    List<DossierFile> files(UUID id);

    /** A file's content (the caller authorises and audits the read). */
    Optional<byte[]> fileContent(UUID id, UUID fileId);

    /** How to reach the applicant (notification module only). */
    Optional<DossierContact> contact(UUID id);

    /**
     * Every dossier received on the days {@code from} to {@code to} (both included, Asia/Ho_Chi_Minh), in code order,
     * for the daily reconciliation with the National Portal (#15). Read-only; read a page at a time (keyset paging,
     * one short query each), so a year of the province is never held in memory or in one transaction.
     *
     * @param each called once per dossier, in code order
     * @return how many dossiers there were
     */
    int forReconciliation(LocalDate from, LocalDate to, Consumer<ReceivedDossier> each);

    /**
     * The dossier with what the National Portal's record of it needs beyond {@link DossierView} (integration module
     * only).
     */
    Optional<DossierParticulars> particulars(UUID id);
}
