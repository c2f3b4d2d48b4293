package vn.dvc.portal.processing.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.platform.SystemTest;

/**
 * Module test on a real PostgreSQL (#7 item 9): at start-up the demo data makes 300+ dossiers through the intake
 * and processing services over the past year — every state processing reaches, early, on-time and late results,
 * supplements, apologies, transfers, the demo applicants' own — with intact history chains and instants in the
 * past; loading again changes nothing.
 */
@SystemTest
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"dvc.demo-data=true", "dvc.processing.demo-dossiers=320"})
class DemoDossiersTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDossiers demo;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void threeHundredDossiersInEveryStateThroughTheDomainCodeAndLoadingAgainChangesNothing() {
        assertThat(count("SELECT count(*) FROM processing_demo_dossier")).isEqualTo(DemoDossiers.COUNT);
        assertThat(count("SELECT count(*) FROM dossier")).isGreaterThanOrEqualTo(300);

        Map<String, Integer> states = jdbc.sql("SELECT status, count(*)::int AS n FROM dossier GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString("status"), rs.getInt("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.println("Demo dossiers per state: " + states);
        assertThat(states.keySet()).contains(List.of(DossierStatus.SUBMITTED, DossierStatus.AWAITING_COMPLETION,
                DossierStatus.NOT_ACCEPTED, DossierStatus.IN_PROCESSING, DossierStatus.WAITING_FOR_SUPPLEMENT,
                DossierStatus.WITHDRAWN, DossierStatus.STOPPED, DossierStatus.RESULT_READY,
                DossierStatus.RESULT_RETURNED).stream().map(Enum::name).toArray(String[]::new));
        int all = states.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(states.get("RESULT_RETURNED")).isGreaterThan(all * 6 / 10);

        Map<String, Integer> timeliness = jdbc.sql("""
                        SELECT timeliness, count(*)::int AS n FROM processing_case WHERE timeliness IS NOT NULL
                        GROUP BY timeliness""")
                .query((rs, n) -> Map.entry(rs.getString("timeliness"), rs.getInt("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.println("Demo results per timeliness: " + timeliness);
        assertThat(timeliness).containsKeys("EARLY", "ON_TIME", "LATE");
        int results = timeliness.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(timeliness.get("LATE")).isBetween(results / 20, results / 5);

        System.out.println("Demo dossiers: supplements " + count("SELECT count(*) FROM processing_case WHERE supplement_requests > 0")
                + ", apologies " + count("SELECT count(*) FROM processing_case WHERE apology_at IS NOT NULL")
                + ", transfers " + count("SELECT count(DISTINCT dossier_id) FROM processing_step WHERE outcome = 'TRANSFER'")
                + ", agencies " + count("SELECT count(DISTINCT lead_agency) FROM processing_case")
                + ", online " + count("SELECT count(*) FROM dossier WHERE owner_account IS NOT NULL")
                + ", postal " + count("SELECT count(*) FROM dossier WHERE channel = 3"));
        assertThat(count("SELECT count(*) FROM processing_case WHERE supplement_requests > 0")).isGreaterThan(10);
        assertThat(count("SELECT count(*) FROM processing_case WHERE apology_at IS NOT NULL")).isGreaterThan(3);
        assertThat(count("SELECT count(DISTINCT dossier_id) FROM processing_step WHERE outcome = 'TRANSFER'"))
                .isGreaterThan(3);
        assertThat(count("SELECT count(DISTINCT lead_agency) FROM processing_case")).isGreaterThan(4);
        assertThat(count("SELECT count(DISTINCT channel) FROM dossier")).isEqualTo(3);
        assertThat(count("""
                SELECT count(*) FROM dossier d JOIN identity_account a ON a.id = d.owner_account
                WHERE a.username = 'demo.citizen'""")).isGreaterThan(5);
        assertThat(count("""
                SELECT count(*) FROM dossier d JOIN identity_account a ON a.id = d.owner_account
                WHERE a.username = 'demo.business'""")).isGreaterThan(3);

        Instant now = clock.instant();
        Instant first = jdbc.sql("SELECT min(occurred_at) FROM dossier_history").query(Instant.class).single();
        Instant last = jdbc.sql("SELECT max(occurred_at) FROM dossier_history").query(Instant.class).single();
        assertThat(first).isBetween(now.minus(Duration.ofDays(370)), now.minus(Duration.ofDays(250)));
        assertThat(last).isBefore(now);

        List<UUID> sample = jdbc.sql("SELECT dossier_id FROM processing_demo_dossier ORDER BY demo_key LIMIT 40")
                .query(UUID.class).list();
        for (UUID id : sample) {
            assertThat(dossiers.verifyHistory(id).intact()).as(id.toString()).isTrue();
            assertThat(dossiers.verifyHistory(id).entries()).isGreaterThan(0);
        }

        DemoOutcome outcome = new DemoOutcome(jdbc);
        System.out.println("Demo outcome:\n" + outcome.summary());
        outcome.write(java.nio.file.Path.of("target", "demo-outcome.txt"));

        List<Integer> before = counts();
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> demo.load());
        System.out.println("Demo dossiers, second load: " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(counts()).isEqualTo(before);
    }

    private List<Integer> counts() {
        return List.of(count("SELECT count(*) FROM dossier"), count("SELECT count(*) FROM dossier_history"),
                count("SELECT count(*) FROM processing_step"), count("SELECT count(*) FROM processing_case"),
                count("SELECT count(*) FROM dossier_file"));
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
