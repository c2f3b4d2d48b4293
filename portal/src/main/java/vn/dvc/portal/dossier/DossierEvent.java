package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * An event published on every transition of a dossier ({@link DossierLifecycle}); past-tense records carrying
 * ids and instants, never the aggregate. Listen with {@code @ApplicationModuleListener}.
 */
public sealed interface DossierEvent permits DossierSubmitted, DossierReceived, DossierNotAccepted,
        SupplementRequested, SupplementProvided, ProcessingStarted, DossierTransferred, PaymentRequested,
        PaymentReceived, DossierWithdrawn, DossierStopped, ResultIssued, ResultReturned {

    UUID dossierId();

    Instant at();
}
