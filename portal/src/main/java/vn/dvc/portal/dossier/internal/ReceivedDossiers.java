package vn.dvc.portal.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.ReceivedDossier;
import vn.dvc.portal.platform.PortalTime;

/**
 * The received dossiers of a period for the reconciliation with the National Portal ({@code Dossiers
 * #forReconciliation}): code, state, agencies and time of receipt, by keyset pages in code order. Parameters are
 * bound, never written into the SQL.
 */
@Repository
class ReceivedDossiers {

    static final int PAGE = 2_000;

    private final JdbcClient jdbc;

    ReceivedDossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int forEach(LocalDate from, LocalDate to, Consumer<ReceivedDossier> each) {
        return forEach(from, to, each, PAGE);
    }

    int forEach(LocalDate from, LocalDate to, Consumer<ReceivedDossier> each, int pageSize) {
        Instant start = from.atStartOfDay(PortalTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant();
        int count = 0;
        String after = null;
        while (true) {
            List<ReceivedDossier> page = page(start, end, after, pageSize);
            page.forEach(each);
            count += page.size();
            if (page.size() < pageSize) {
                return count;
            }
            after = page.get(page.size() - 1).code();
        }
    }

    private List<ReceivedDossier> page(Instant start, Instant end, @Nullable String after, int size) {
        return jdbc.sql("""
                        SELECT id, code, status, receiving_agency, competent_agency, received_at
                        FROM dossier
                        WHERE code IS NOT NULL AND received_at >= :start AND received_at < :end
                          AND (CAST(:after AS TEXT) IS NULL OR code > CAST(:after AS TEXT))
                        ORDER BY code
                        LIMIT :size""")
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .param("after", after)
                .param("size", size)
                .query((rs, n) -> new ReceivedDossier(rs.getObject("id", UUID.class), rs.getString("code"),
                        DossierStatus.valueOf(rs.getString("status")), rs.getString("receiving_agency"),
                        rs.getString("competent_agency"), rs.getTimestamp("received_at").toInstant()))
                .list();
    }
}
