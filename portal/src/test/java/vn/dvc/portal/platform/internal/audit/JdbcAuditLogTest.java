package vn.dvc.portal.platform.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import vn.dvc.portal.platform.AuditLog;

/** Module test of the audit trail on a real PostgreSQL. */
@ApplicationModuleTest
class JdbcAuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAnEntryWithItsDetailsAsJson() {
        String objectId = UUID.randomUUID().toString();
        audit.record("calendar.day-off.added", "calendar-override", objectId,
                Map.of("date", "2026-09-01", "legalReference", "Thông báo 6150/TB-BLĐTBXH"));

        var row = jdbc.sql("""
                        SELECT actor, action, details ->> 'legalReference' AS reference
                        FROM audit_event WHERE object_id = :id""")
                .param("id", objectId)
                .query((rs, n) -> Map.of("actor", rs.getString("actor"), "action", rs.getString("action"),
                        "reference", rs.getString("reference")))
                .single();
        assertThat(row).containsEntry("actor", "system")
                .containsEntry("action", "calendar.day-off.added")
                .containsEntry("reference", "Thông báo 6150/TB-BLĐTBXH");
    }

    @Test
    void entriesCannotBeChangedOrRemoved() {
        String objectId = UUID.randomUUID().toString();
        audit.record("test.recorded", "test", objectId, Map.of());

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone' WHERE object_id = :id")
                .param("id", objectId).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE object_id = :id")
                .param("id", objectId).update()).hasMessageContaining("append-only");
    }
}
