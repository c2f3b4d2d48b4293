package vn.dvc.portal.integration.internal.reconciliation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.ReceivedDossier;
import vn.dvc.portal.integration.internal.client.NationalPortalClient;
import vn.dvc.portal.integration.internal.client.NationalPortalException;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Runs reconciliations and reads their reports (#15, INT-1, INT-2). A run: our dossiers received in the period
 * ({@link Dossiers#forReconciliation}); the agencies to ask — every agency of the catalogue valid today and every
 * agency of our dossiers; for each, the National Portal's list ({@code TraCuuHoSo} list form); for each of our
 * dossiers no list returned, a look-up by code (at most {@code DVC_NATIONAL_RECONCILIATION_LOOKUPS} per run); for
 * each listed dossier we did not receive in the period, our dossier by code if we have one; then the
 * {@link Comparison}, stored as the report. One run at a time on all nodes (the table's one-running index); a run
 * whose node died is marked failed after {@link #STALE}. The Centre starts one from its page (in the background),
 * the daily job in its own thread ({@link ReconciliationJob}).
 */
@Service
class Reconciliations {

    static final String CENTRE_ONLY = "hasAnyRole('CENTRE', 'ADMIN')";
    /** A run still marked running after this long is taken for dead (the job's lock lasts as long). */
    static final Duration STALE = Duration.ofHours(2);

    private static final Logger log = LoggerFactory.getLogger(Reconciliations.class);

    private final ObjectProvider<NationalPortalClient> client;
    private final Dossiers dossiers;
    private final Agencies agencies;
    private final ReconciliationStore store;
    private final ReconciliationProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    Reconciliations(ObjectProvider<NationalPortalClient> client, Dossiers dossiers, Agencies agencies,
            ReconciliationStore store, ReconciliationProperties properties, AuditLog audit, Clock clock) {
        this.client = client;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.store = store;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the National Portal is configured ({@code DVC_NATIONAL_PORTAL_URL}); without it nothing runs. */
    boolean configured() {
        return client.getIfAvailable() != null;
    }

    /** The period of a run nobody chose: the last {@code DVC_NATIONAL_RECONCILIATION_DAYS} days, today included. */
    Period defaultPeriod() {
        return Period.lastDays(LocalDate.now(clock), properties.days());
    }

    /**
     * Starts a run for the Centre (in the background) over the days it chose, by default {@link #defaultPeriod()}.
     *
     * @return the report's id
     * @throws RefusedInput when the period is wrong, the National Portal is not configured or a run is under way
     */
    @PreAuthorize(CENTRE_ONLY)
    UUID start(@Nullable LocalDate from, @Nullable LocalDate to) {
        NationalPortalClient portal = client.getIfAvailable();
        if (portal == null) {
            throw RefusedInput.of(ReconciliationPages.START, "integration.reconciliation.error.off");
        }
        Period period = period(from, to);
        UUID id = UUID.randomUUID();
        try {
            store.start(id, ReconciliationStore.Origin.MANUAL, CurrentActor.name(), period, clock.instant(),
                    clock.instant().minus(STALE));
        } catch (ReconciliationStore.AlreadyRunning running) {
            throw new RefusedInput(RefusedInput.Code.CONFLICT, "a reconciliation is already running",
                    List.of(FormError.of(ReconciliationPages.START, "integration.reconciliation.error.running")));
        }
        audit.record("integration.reconciliation.started", "national-reconciliation", id.toString(),
                Map.of("from", period.from().toString(), "to", period.to().toString()));
        Thread.ofVirtual().name("national-reconciliation-" + id).start(() -> run(id, period, portal));
        return id;
    }

    /** The daily run, in the caller's thread; empty when the National Portal is off or a run is under way. */
    Optional<UUID> runDaily() {
        NationalPortalClient portal = client.getIfAvailable();
        if (portal == null) {
            return Optional.empty();
        }
        Period period = defaultPeriod();
        UUID id = UUID.randomUUID();
        try {
            store.start(id, ReconciliationStore.Origin.SCHEDULE, CurrentActor.SYSTEM, period, clock.instant(),
                    clock.instant().minus(STALE));
        } catch (ReconciliationStore.AlreadyRunning running) {
            log.info("National Portal reconciliation skipped: another run is under way");
            return Optional.empty();
        }
        run(id, period, portal);
        return Optional.of(id);
    }

    /** The period the Centre chose: a missing start is the usual number of days before the end, a missing end today. */
    private Period period(@Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(properties.days() - 1L);
        if (end.isAfter(today)) {
            throw RefusedInput.of(ReconciliationPages.TO, "integration.reconciliation.error.future");
        }
        if (end.isBefore(start)) {
            throw RefusedInput.of(ReconciliationPages.TO, "integration.reconciliation.error.order");
        }
        if (!start.plusDays(Period.MAX_DAYS).isAfter(end)) {
            throw RefusedInput.of(ReconciliationPages.TO, "integration.reconciliation.error.tooLong", Period.MAX_DAYS);
        }
        return new Period(start, end);
    }

    void run(UUID id, Period period, NationalPortalClient portal) {
        long started = System.nanoTime();
        try {
            List<Agency> current = agencies.validOn(LocalDate.now(clock));
            Result result = reconcile(period, current, new NationalFigures(portal,
                    AgencyCodes.of(current, code -> agencies.find(code).isPresent())));
            store.finish(id, result.outcome(), result.agencies(), result.lookups(), result.skipped(), clock.instant());
            log.info("National Portal reconciliation {} ({} – {}): {} dossiers here, {} there, {} differing, {} agencies"
                            + " asked, {} looked up by code, in {} ms", id, period.from(), period.to(),
                    result.outcome().ours(), result.outcome().theirs(), result.outcome().differences().size(),
                    result.agencies(), result.lookups(), (System.nanoTime() - started) / 1_000_000);
        } catch (NationalPortalException e) {
            log.warn("National Portal reconciliation {} failed: {}", id, e.getMessage());
            store.fail(id, failure(e), clock.instant());
        } catch (RuntimeException e) {
            log.error("National Portal reconciliation {} failed", id, e);
            store.fail(id, e.getClass().getSimpleName(), clock.instant());
        }
    }

    private static String failure(NationalPortalException e) {
        String kind = e instanceof NationalPortalException.Refused refused
                ? "refused (error_code " + refused.errorCode() + ")" : "unavailable";
        return "National Portal " + kind + ": " + e.getMessage();
    }

    private record Result(Comparison.Outcome outcome, int agencies, int lookups, int skipped) {
    }

    private Result reconcile(Period period, List<Agency> current, NationalFigures national) {
        Map<String, Comparison.Ours> ours = new LinkedHashMap<>();
        Set<String> asked = new TreeSet<>();
        dossiers.forReconciliation(period.from(), period.to(), d -> {
            Comparison.Ours our = ours(d);
            ours.put(our.code(), our);
            asked.add(our.agency());
        });
        current.forEach(a -> asked.add(a.code()));

        Map<String, Comparison.Theirs> theirs = new LinkedHashMap<>();
        for (String agency : asked) {
            for (Comparison.Theirs their : national.listed(agency, period)) {
                theirs.putIfAbsent(their.code(), their);
            }
        }
        int lookups = 0;
        int skipped = 0;
        for (String code : ours.keySet()) {
            if (theirs.containsKey(code)) {
                continue;
            }
            if (lookups < properties.lookups()) {
                lookups++;
                national.lookUp(code).ifPresent(their -> theirs.put(code, their));
            } else {
                skipped++;
            }
        }
        Map<String, Comparison.Ours> elsewhere = new HashMap<>();
        for (Comparison.Theirs their : theirs.values()) {
            if (their.listed() && !ours.containsKey(their.code())) {
                dossiers.findByCode(their.code()).flatMap(Reconciliations::ours)
                        .ifPresent(our -> elsewhere.put(their.code(), our));
            }
        }
        return new Result(Comparison.compare(period, ours.values(), theirs.values(), elsewhere), asked.size(),
                lookups, skipped);
    }

    /**
     * The agency the National Portal counts a dossier under ({@code DonViXuLy} of {@code DongBoHoSoMC}): the agency
     * competent to decide it, which handles it. The sync must send the same.
     */
    static String nationalAgency(String receivingAgency, String competentAgency) {
        return competentAgency;
    }

    private static Comparison.Ours ours(ReceivedDossier d) {
        return new Comparison.Ours(d.code(), d.id(), nationalAgency(d.receivingAgency(), d.competentAgency()),
                d.nationalStatusCode(), d.receivedAt().atZone(vn.dvc.portal.platform.PortalTime.ZONE).toLocalDate());
    }

    private static Optional<Comparison.Ours> ours(DossierView d) {
        String code = d.code();
        Instant received = d.receivedAt();
        if (code == null || received == null) {
            return Optional.empty();
        }
        return Optional.of(ours(new ReceivedDossier(d.id(), code, d.status(), d.receivingAgency(), d.competentAgency(),
                received)));
    }

    // --- reading the reports (the Centre) ---------------------------------------------------------------

    @PreAuthorize(CENTRE_ONLY)
    List<ReconciliationStore.Report> recent() {
        return store.recent(30);
    }

    @PreAuthorize(CENTRE_ONLY)
    Optional<ReconciliationStore.Report> find(UUID id) {
        return store.find(id);
    }

    @PreAuthorize(CENTRE_ONLY)
    List<Comparison.Cell> cells(UUID id) {
        return store.cells(id);
    }

    @PreAuthorize(CENTRE_ONLY)
    List<Comparison.Difference> differences(UUID id) {
        return store.differences(id);
    }

    /** An agency's name, or its code when the catalogue does not know it. */
    String agencyName(String code) {
        return agencies.find(code).map(Agency::name).orElse(code);
    }
}
