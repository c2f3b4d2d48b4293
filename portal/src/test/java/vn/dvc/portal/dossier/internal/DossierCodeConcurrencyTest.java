package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.PersonalDataProtection;

/**
 * The dossier code under load (DOS-2): 2,000 receptions in parallel across 20 agencies, half through this
 * application context's desk service and half through a second application context (its own connection pool
 * and code issuer, as another node would have) on the same PostgreSQL. Every code is distinct, and each
 * agency's sequence for the day runs 1, 2, … n without a gap or a repeat.
 */
@DossierModuleTest
class DossierCodeConcurrencyTest {

    static final int RECEPTIONS = 2_000;
    static final int AGENCIES = 20;

    @Autowired
    Procedures procedures;

    @Autowired
    Agencies agencies;

    @Autowired
    Reception reception;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PersonalDataProtection protection;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoThousandParallelReceptionsOnTwoNodesGetGaplessDistinctCodes() throws Exception {
        given(procedures.findPublished("1.001193")).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(agencies.subtree(anyString())).willReturn(List.of());
        try (GenericApplicationContext secondNode = secondNode()) {
            DossierCodes codes = secondNode.getBean(DossierCodes.class);
            DossierStore store = secondNode.getBean(DossierStore.class);
            TransactionTemplate transaction = secondNode.getBean(TransactionTemplate.class);
            ProcedureTerms terms = ProcedureTerms.of(DossierFixtures.birthRegistration(), "TH1", Channel.IN_PERSON);

            List<Future<?>> receptions = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
                for (int i = 0; i < RECEPTIONS; i++) {
                    String agency = String.format("000.00.%02d.H63", 30 + i % AGENCIES);
                    boolean here = i % 2 == 0;
                    receptions.add(pool.submit(() -> {
                        if (here) {
                            DossierFixtures.signInOfficer("desk." + agency, Role.DESK, agency);
                            reception.receive(DossierFixtures.walkIn(Set.of("TP1", "TP2"), List.of()));
                            SecurityContextHolder.clearContext();
                        } else {
                            transaction.executeWithoutResult(status -> {
                                Instant now = clock.instant();
                                Dossier dossier = Dossier.create(new Dossier.Particulars(UUID.randomUUID(), terms.ref(),
                                        agency, agency, Channel.POSTAL, DossierFixtures.person(), null,
                                        "Đăng ký khai sinh", Map.of(), 1, 0, "03 ngày làm việc",
                                        terms.checklist(Set.of("TP1", "TP2")), null, null, now));
                                dossier.receive(codes.issue(agency, now), now, now.plusSeconds(86_400), "desk.node2");
                                store.save(dossier);
                            });
                        }
                        return null;
                    }));
                }
                for (Future<?> f : receptions) {
                    f.get();
                }
            }
        }

        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        List<String> codes = jdbc.sql("SELECT code FROM dossier WHERE receiving_agency LIKE '000.00.__.H63' "
                        + "AND receiving_agency >= '000.00.30.H63' AND received_at IS NOT NULL")
                .query(String.class).list();
        assertThat(codes).hasSize(RECEPTIONS).doesNotHaveDuplicates();
        Map<String, List<Integer>> byAgency = new TreeMap<>();
        for (String code : codes) {
            assertThat(code).matches(DossierCodes.CODE.pattern());
            String agency = code.substring(0, 13);
            assertThat(code.substring(14, 20)).isEqualTo(today.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")));
            byAgency.computeIfAbsent(agency, a -> new ArrayList<>()).add(Integer.parseInt(code.substring(21)));
        }
        assertThat(byAgency).hasSize(AGENCIES);
        byAgency.forEach((agency, numbers) -> assertThat(numbers.stream().sorted().toList())
                .as("sequence of %s", agency)
                .isEqualTo(IntStream.rangeClosed(1, RECEPTIONS / AGENCIES).boxed().toList()));
    }

    @Test
    void afterNineThousandNineHundredNinetyNineTheSequenceGoesOnWithFiveDigits() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        jdbc.sql("INSERT INTO dossier_code_counter (agency_code, day, last_value) VALUES ('000.00.99.H63', :day, 9998)")
                .param("day", day).update();
        Instant noon = day.atTime(12, 0).atZone(WorkingCalendar.ZONE).toInstant();
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        DossierCodes codes = new DossierCodes(jdbc);
        String last4 = transaction.execute(s -> codes.issue("000.00.99.H63", noon));
        String first5 = transaction.execute(s -> codes.issue("000.00.99.H63", noon));
        assertThat(last4).isEqualTo("000.00.99.H63-261203-9999");
        assertThat(first5).isEqualTo("000.00.99.H63-261203-10000");
        assertThat("000.00.99.H63-261203-10000").matches(DossierCodes.CODE.pattern());
    }

    /** A second application context on the same database, as a second node of the portal would be. */
    private GenericApplicationContext secondNode() {
        HikariDataSource first = (HikariDataSource) dataSource;
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(first.getJdbcUrl());
        pool.setUsername(first.getUsername());
        pool.setPassword(first.getPassword());
        pool.setMaximumPoolSize(8);
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(DataSource.class, () -> pool);
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(pool));
        context.registerBean(JdbcTransactionManager.class, () -> new JdbcTransactionManager(pool));
        context.registerBean(TransactionTemplate.class,
                () -> new TransactionTemplate(context.getBean(JdbcTransactionManager.class)));
        context.registerBean(DossierCodes.class, () -> new DossierCodes(context.getBean(JdbcClient.class)));
        context.registerBean(DossierStore.class, () -> new DossierStore(context.getBean(JdbcClient.class), json,
                protection, new HistoryChain(protection)));
        context.refresh();
        return context;
    }
}
