package vn.dvc.portal.processing;

import java.time.Instant;
import java.util.UUID;

/** An apology with a new appointment (Form 04) was issued. */
public record ApologyIssued(UUID dossierId, String dossierCode, Instant newDue, String agencyCode, Instant at) {
}
