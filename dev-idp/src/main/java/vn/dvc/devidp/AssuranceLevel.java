package vn.dvc.devidp;

import java.util.Arrays;
import java.util.Optional;

/**
 * Assurance levels of an electronic identity (mức độ tài khoản định danh điện tử, Decree 59/2022/NĐ-CP and
 * Decree 69/2024/NĐ-CP), published in the {@code acr} claim.
 */
public enum AssuranceLevel {

    /** Level 1: VNeID account whose identity was checked by basic means (ID data matched, no chip or face). */
    LOA1(1, "urn:vn:vneid:loa:1", "Mức 1"),
    /** Level 2: VNeID account verified with the chip of the CCCD card and face biometrics. */
    LOA2(2, "urn:vn:vneid:loa:2", "Mức 2");

    private final int rank;
    private final String acr;
    private final String label;

    AssuranceLevel(int rank, String acr, String label) {
        this.rank = rank;
        this.acr = acr;
        this.label = label;
    }

    public int rank() {
        return rank;
    }

    /** The {@code acr} value: {@code urn:vn:vneid:loa:1} or {@code urn:vn:vneid:loa:2}. */
    public String acr() {
        return acr;
    }

    /** Vietnamese label for pages. */
    public String label() {
        return label;
    }

    public boolean satisfies(AssuranceLevel required) {
        return rank >= required.rank;
    }

    public static Optional<AssuranceLevel> fromAcr(String acr) {
        return Arrays.stream(values()).filter(level -> level.acr.equals(acr)).findFirst();
    }

    /**
     * The lowest level that satisfies an {@code acr_values} request parameter (space-separated values in
     * order of preference, any of which is acceptable). Unknown values are ignored; empty when nothing is
     * required.
     */
    public static Optional<AssuranceLevel> minimumRequested(String acrValues) {
        if (acrValues == null || acrValues.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(acrValues.strip().split("\\s+"))
                .map(AssuranceLevel::fromAcr)
                .flatMap(Optional::stream)
                .min((a, b) -> Integer.compare(a.rank, b.rank));
    }
}
