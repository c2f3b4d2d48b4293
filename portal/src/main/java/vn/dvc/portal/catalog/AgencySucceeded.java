package vn.dvc.portal.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An agency ceased (merged, split, renamed) and another carries on its responsibilities from {@code effective}.
 */
public record AgencySucceeded(String predecessorCode, String successorCode, LocalDate effective, Instant at) {
}
