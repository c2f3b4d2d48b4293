package vn.dvc.portal.platform;

import java.util.Map;

/**
 * The append-only audit trail: who changed or read what, when, from which request. Entries are written
 * in the caller's transaction, so an audited change and its entry commit or roll back together.
 */
public interface AuditLog {

    /**
     * Records one entry.
     *
     * @param action     what happened, a stable dotted name, e.g. {@code calendar.day-off.added}
     * @param objectType the kind of object, e.g. {@code calendar-override}
     * @param objectId   the object's identifier (never personal data)
     * @param details    extra facts (legal reference, old and new values); no personal data
     */
    void record(String action, String objectType, String objectId, Map<String, ?> details);
}
