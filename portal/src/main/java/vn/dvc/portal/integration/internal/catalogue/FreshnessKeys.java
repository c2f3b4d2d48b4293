package vn.dvc.portal.integration.internal.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code integration_catalogue_freshness}: the key each procedure had when it was last imported. */
@Repository
class FreshnessKeys {

    private final JdbcClient jdbc;

    FreshnessKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> all() {
        Map<String, String> keys = new HashMap<>();
        jdbc.sql("SELECT code, freshness_key FROM integration_catalogue_freshness")
                .query(rs -> {
                    keys.put(rs.getString("code"), rs.getString("freshness_key"));
                });
        return keys;
    }

    void record(String code, String key, Instant at) {
        jdbc.sql("""
                        INSERT INTO integration_catalogue_freshness (code, freshness_key, recorded_at)
                        VALUES (:code, :key, :at)
                        ON CONFLICT (code) DO UPDATE SET freshness_key = excluded.freshness_key,
                            recorded_at = excluded.recorded_at
                        WHERE integration_catalogue_freshness.freshness_key <> excluded.freshness_key""")
                .param("code", code).param("key", key).param("at", Timestamp.from(at)).update();
    }
}
