package vn.dvc.portal.catalog;

/**
 * How far a procedure is offered online, under Decree 42/2022 (toàn trình / một phần / none), with the legacy
 * level of Decree 43/2011 that the national database and older reports still use (2, 3, 4).
 */
public enum OnlineLevel {
    /** Dịch vụ công trực tuyến toàn trình: filing and handling entirely online (legacy level 4). */
    FULL("Toàn trình", 4),
    /** Dịch vụ công trực tuyến một phần (legacy level 3). */
    PARTIAL("Một phần", 3),
    /** Online information only (legacy level 2, or below): the dossier is filed in person or by post. */
    NONE("Cung cấp thông tin", 2);

    private final String label;
    private final int legacyLevel;

    OnlineLevel(String label, int legacyLevel) {
        this.label = label;
        this.legacyLevel = legacyLevel;
    }

    /** The Vietnamese label, e.g. "Toàn trình". */
    public String label() {
        return label;
    }

    /** The legacy level of Decree 43/2011 (2–4). */
    public int legacyLevel() {
        return legacyLevel;
    }

    /** Whether a dossier may be submitted online. */
    public boolean isOfferedOnline() {
        return this != NONE;
    }
}
