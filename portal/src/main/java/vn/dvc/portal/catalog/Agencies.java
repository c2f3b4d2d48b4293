package vn.dvc.portal.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The agency tree for other modules. Codes are compared exactly (upper case, as QCVN 102 writes them). */
public interface Agencies {

    /** The agency with this code, current or past. */
    Optional<Agency> find(String code);

    /**
     * The agency that now carries the responsibilities of {@code code}: the agency itself while it is valid
     * today, else the end of its successor chain. Empty for an unknown code.
     */
    Optional<Agency> current(String code);

    /** The agencies valid on {@code date}, parents before children, siblings by name. */
    List<Agency> validOn(LocalDate date);

    /** The agency and all its descendants (current and past records), parents first. */
    List<Agency> subtree(String code);

    /**
     * Whether {@code agencyCode} is {@code ancestorCode} or lies below it in the tree. This is the check behind
     * an officer's scope: an officer of agency A may act on what belongs to A's subtree.
     */
    boolean isWithin(String agencyCode, String ancestorCode);

    /** The chain from the root down to the agency (inclusive); empty for an unknown code. */
    List<Agency> ancestry(String code);

    /** The agencies whose successor is {@code code} (merged into it, renamed to it or split off it). */
    List<Agency> predecessors(String code);

    /** The levels, by rank. */
    List<AgencyLevel> levels();
}
