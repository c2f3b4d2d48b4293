package vn.dvc.portal.processing.internal.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.identity.ActingAccounts;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.DemoData;
import vn.dvc.portal.platform.DemoTime;

/**
 * The demo dossiers (issue #7 item 9): {@value #COUNT} dossiers over the past twelve months, across the demo
 * procedures' agencies, the desk, postal and online channels and every state — most returned (early, on time, a
 * tenth late), some after a supplement, an apology or a transfer to another agency and back; some refused at the
 * desk or after appraisal, withdrawn or stopped; the recent ones still in processing (on track, due soon,
 * overdue), waiting for a supplement or at the desk. Each is played by {@link DemoRunner} through the real
 * intake and processing services at instants of the past, so histories, slips and timings are those of real
 * dossiers. Idempotent by the scenario's natural key ({@link DemoDossierStore}); each scenario runs in a savepoint,
 * so one that fails is logged and left for the next start. Needs the platform's clock (a test's fixed clock
 * cannot be moved: then nothing is made).
 */
@Component
class DemoDossiers implements DemoData {

    /** How many scenarios the demo has ({@code dvc.processing.demo-dossiers} may lower it, e.g. 0 for a test). */
    static final int COUNT = 320;
    /** demo.citizen's citizen ID number and birth date (identity's demo data). */
    static final String CITIZEN_ID = "015190001234";
    static final LocalDate CITIZEN_BIRTH = LocalDate.of(1990, 5, 12);
    static final List<String> ACCOUNTS = List.of("demo.desk", "demo.specialist", "demo.leader", "demo.centre",
            "demo.ward.specialist", "demo.ward.leader", "demo.province.specialist", "demo.province.leader",
            DemoScenario.CITIZEN, DemoScenario.BUSINESS);

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

    private final DemoDossierStore store;
    private final DemoRunner runner;
    private final Procedures procedures;
    private final WorkingCalendars calendars;
    private final ActingAccounts acting;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final int count;

    DemoDossiers(DemoDossierStore store, DemoRunner runner, Procedures procedures, WorkingCalendars calendars,
            ActingAccounts acting, PlatformTransactionManager transactions, Clock clock,
            @Value("${dvc.processing.demo-dossiers:" + COUNT + "}") int count) {
        this.count = Math.clamp(count, 0, COUNT);
        this.store = store;
        this.runner = runner;
        this.procedures = procedures;
        this.calendars = calendars;
        this.acting = acting;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "processing-dossiers";
    }

    @Override
    public int order() {
        return 30; // after the catalogue, the accounts and the process definitions (10)
    }

    @Override
    public void load() {
        Set<String> made = store.keys();
        List<DemoScenario> todo = DemoScenario.all(count).stream().filter(s -> !made.contains(s.key())).toList();
        if (todo.isEmpty()) {
            return;
        }
        if (!DemoTime.follows(clock)) {
            log.info("Demo dossiers skipped: the clock is not the platform's (a test's fixed clock)");
            return;
        }
        Map<String, SignedInUser> users = new LinkedHashMap<>();
        for (String username : ACCOUNTS) {
            acting.principal(username).ifPresent(user -> users.put(username, user));
        }
        if (users.size() < ACCOUNTS.size()) {
            log.info("Demo dossiers skipped: demo accounts are missing");
            return;
        }
        WorkingCalendar calendar = calendars.province();
        Instant now = clock.instant();
        DemoProcedures candidates = DemoProcedures.load(procedures, calendar, now);
        if (candidates.isEmpty()) {
            log.info("Demo dossiers skipped: none of the demo procedures is in the catalogue");
            return;
        }
        long started = System.nanoTime();
        int failed = 0;
        DemoRunner.Actors actors = new DemoRunner.Actors(users);
        for (DemoScenario scenario : todo) {
            try {
                savepoint.executeWithoutResult(status -> {
                    DemoProcedures.Candidate procedure = candidates.pick(new java.util.Random(scenario.seed() ^ 0x5DEECE66DL),
                            scenario);
                    UUID id = runner.run(scenario, procedure, calendar, now, actors);
                    store.remember(scenario.key(), id, scenario.fate().name());
                });
            } catch (RuntimeException e) {
                failed++;
                log.warn("Demo dossier {} ({}) not made: {}", scenario.key(), scenario.fate(), e.toString());
            }
        }
        log.info("Demo dossiers: {} made, {} failed, in {} ms", todo.size() - failed, failed,
                (System.nanoTime() - started) / 1_000_000);
    }
}
