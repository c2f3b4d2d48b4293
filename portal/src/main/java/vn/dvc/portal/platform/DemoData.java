package vn.dvc.portal.platform;

/**
 * A module's demo data. The platform runs every contributor in {@link #order()} at start-up when demo data
 * is enabled ({@code DVC_DEMO_DATA}). A contributor must be idempotent: running it again changes nothing
 * (insert by natural key, {@code ON CONFLICT DO NOTHING}).
 */
public interface DemoData {

    /** A stable name, e.g. {@code calendar}. */
    String name();

    /** Lower runs first (agencies before procedures before dossiers). */
    default int order() {
        return 0;
    }

    /** Loads the data; called inside a transaction. */
    void load();
}
