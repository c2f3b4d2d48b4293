package vn.dvc.portal.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.ProcedureIndex;
import vn.dvc.portal.catalog.Procedures;

/** The published procedures by code, read through {@link Procedures} so every record is read one way. */
@Component
class JdbcProcedureIndex implements ProcedureIndex {

    private final JdbcClient jdbc;
    private final Procedures procedures;

    JdbcProcedureIndex(JdbcClient jdbc, Procedures procedures) {
        this.jdbc = jdbc;
        this.procedures = procedures;
    }

    @Override
    public List<Procedure> published() {
        return jdbc.sql("SELECT code FROM catalog_procedure WHERE status = 'PUBLISHED' ORDER BY code")
                .query(String.class).list().stream()
                .map(procedures::findPublished).flatMap(Optional::stream).toList();
    }
}
