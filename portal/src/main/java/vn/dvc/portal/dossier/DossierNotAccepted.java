package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;

/** The desk refused to receive a dossier (Form 03). */
public record DossierNotAccepted(UUID dossierId, String procedureCode, Channel channel, String receivingAgency,
                                 Instant at) implements DossierEvent {
}
