package vn.dvc.portal.catalog;

import java.time.Instant;

/** A procedure was withdrawn: no new dossiers; dossiers already received keep their version. */
public record ProcedureWithdrawn(String code, int version, Instant at) {
}
