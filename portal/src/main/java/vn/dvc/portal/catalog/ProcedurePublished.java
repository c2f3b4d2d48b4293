package vn.dvc.portal.catalog;

import java.time.Instant;

/** A version of a procedure was published (it becomes the one new dossiers are received under). */
public record ProcedurePublished(String code, int version, Instant at) {
}
