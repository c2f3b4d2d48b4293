package vn.dvc.portal.platform.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;

/** Writes audit entries to the {@code audit_event} table, in the caller's transaction. */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void record(String action, String objectType, String objectId, Map<String, ?> details) {
        jdbc.sql("""
                        INSERT INTO audit_event (id, occurred_at, actor, action, object_type, object_id, details, request_id)
                        VALUES (:id, :at, :actor, :action, :type, :objectId, CAST(:details AS jsonb), :requestId)""")
                .param("id", UUID.randomUUID())
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("actor", CurrentActor.name())
                .param("action", action)
                .param("type", objectType)
                .param("objectId", objectId)
                .param("details", json.writeValueAsString(details))
                .param("requestId", MDC.get("requestId"))
                .update();
    }
}
