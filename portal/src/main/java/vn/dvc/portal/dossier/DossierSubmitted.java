package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;

/** A dossier was submitted online (or arrived from the National Portal) and waits for the desk. */
public record DossierSubmitted(UUID dossierId, String procedureCode, Channel channel, String receivingAgency,
                               Instant at) implements DossierEvent {
}
