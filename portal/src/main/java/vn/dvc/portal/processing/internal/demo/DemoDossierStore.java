package vn.dvc.portal.processing.internal.demo;

import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which demo scenarios have made their dossier ({@code processing_demo_dossier}). */
@Component
class DemoDossierStore {

    private final JdbcClient jdbc;

    DemoDossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> keys() {
        return Set.copyOf(jdbc.sql("SELECT demo_key FROM processing_demo_dossier").query(String.class).list());
    }

    void remember(String key, UUID dossierId, String scenario) {
        jdbc.sql("INSERT INTO processing_demo_dossier (demo_key, dossier_id, scenario) VALUES (:key, :id, :scenario)")
                .param("key", key).param("id", dossierId).param("scenario", scenario).update();
    }
}
