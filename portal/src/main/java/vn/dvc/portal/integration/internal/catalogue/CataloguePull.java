package vn.dvc.portal.integration.internal.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.catalog.CatalogueImports;
import vn.dvc.portal.integration.internal.catalogue.Freshness.Listed;
import vn.dvc.portal.integration.internal.catalogue.PullStore.Pull;
import vn.dvc.portal.integration.internal.catalogue.PullStore.Status;
import vn.dvc.portal.integration.internal.client.NationalPortalClient;
import vn.dvc.portal.integration.internal.client.NationalPortalException;
import vn.dvc.portal.integration.internal.client.NationalPortalProperties;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;

/**
 * The catalogue pull (#15 item 4; INT-1, CAT-4, OPS-1): the sectors ({@code LayDanhMucLinhVuc}), the agencies
 * ({@code LayDanhMucCoQuan}), the province's procedures ({@code LayDanhSachTTHC}) and then, one by one, the record
 * of each procedure ({@code LayThuTuc}) whose freshness key changed since it was last imported ({@link Freshness};
 * every one for a full pull), all fed through the catalogue's own import ({@link CatalogueImports}) — so versions,
 * "unchanged" and the reasons a record is rejected all come from it, and a rejected record leaves nothing stored.
 *
 * <p>One pull at a time, across nodes: the ShedLock lock {@value #LOCK} is taken by the schedule
 * ({@link CataloguePullSchedule}) and by a person's start alike; a second start while it is held is told so. A pull
 * that finds the National Portal unavailable ends as UNAVAILABLE (the next one tries again: a procedure's key is
 * recorded only once its record is imported); a procedure the National Portal refuses is reported as a rejected
 * record with the national message.
 */
@Service
@EnableConfigurationProperties(CataloguePullProperties.class)
public class CataloguePull {

    static final String LOCK = "integration.cataloguePull";
    static final String LOCK_AT_MOST_FOR = "PT2H";
    static final String SOURCE = "Cổng DVC quốc gia (LayThuTuc)";
    private static final String CENTRE = "hasAnyRole('CENTRE', 'ADMIN')";
    private static final Logger log = LoggerFactory.getLogger(CataloguePull.class);

    /** What a person's start did. */
    enum Outcome { STARTED, ALREADY_RUNNING, OFF }

    /** A start: the pull started, or the one going on (if it could be seen), or none when the pull is off. */
    record Started(Outcome outcome, @Nullable UUID pull) {
    }

    private final ObjectProvider<NationalPortalClient> clients;
    private final NationalPortalProperties portal;
    private final CataloguePullProperties properties;
    private final CatalogueImports imports;
    private final FreshnessKeys keys;
    private final PullStore pulls;
    private final LockProvider locks;
    private final AuditLog audit;
    private final Clock clock;

    CataloguePull(ObjectProvider<NationalPortalClient> clients, NationalPortalProperties portal,
            CataloguePullProperties properties, CatalogueImports imports, FreshnessKeys keys, PullStore pulls,
            LockProvider locks, AuditLog audit, Clock clock) {
        this.clients = clients;
        this.portal = portal;
        this.properties = properties;
        this.imports = imports;
        this.keys = keys;
        this.pulls = pulls;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether pulls can run at all (the National Portal's URL is set). */
    boolean enabled() {
        return clients.getIfAvailable() != null;
    }

    String cron() {
        return properties.cron();
    }

    /**
     * A person starts a pull ({@code full}: fetch every listed procedure, whatever its key); it runs in the
     * background. While another pull holds the lock, nothing starts and that pull is named.
     */
    @PreAuthorize(CENTRE)
    public Started start(boolean full) {
        if (!enabled()) {
            return new Started(Outcome.OFF, null);
        }
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), LOCK,
                Duration.parse(LOCK_AT_MOST_FOR), Duration.ZERO));
        if (lock.isEmpty()) {
            return new Started(Outcome.ALREADY_RUNNING, pulls.running().map(Pull::id).orElse(null));
        }
        String actor = CurrentActor.name();
        UUID id;
        try {
            id = begin(full, actor);
        } catch (RuntimeException e) {
            lock.get().unlock();
            throw e;
        }
        Thread.ofVirtual().name("catalogue-pull-" + id).start(() -> {
            try {
                run(id, full, actor);
            } finally {
                lock.get().unlock();
            }
        });
        return new Started(Outcome.STARTED, id);
    }

    /** The scheduled pull, under the lock the schedule took: only what changed since the last one. */
    void runScheduled() {
        if (!enabled()) {
            return;
        }
        UUID id = begin(false, CurrentActor.SYSTEM);
        run(id, false, CurrentActor.SYSTEM);
    }

    @PreAuthorize(CENTRE)
    public Optional<Pull> find(UUID id) {
        return pulls.find(id);
    }

    @PreAuthorize(CENTRE)
    public List<Pull> recent() {
        return pulls.recent(10);
    }

    /** The catalogue's import job of a pull's procedures. */
    @PreAuthorize(CENTRE)
    public Optional<CatalogueImports.JobProgress> procedures(Pull pull) {
        return pull.importId() == null ? Optional.empty() : imports.job(pull.importId());
    }

    /** Records a new run (the caller holds the lock): runs left RUNNING by a stopped node end as INTERRUPTED. */
    private UUID begin(boolean full, String actor) {
        for (UUID job : pulls.interruptRunning(clock.instant())) {
            imports.failJob(job, "interrupted");
        }
        UUID id = UUID.randomUUID();
        pulls.insert(id, full, actor, clock.instant());
        audit.record("integration.catalogue.pull.started", "catalogue-pull", id.toString(),
                Map.of("full", full, "startedBy", actor));
        return id;
    }

    /** The pull itself; it always ends the run's row, whatever happens. */
    void run(UUID id, boolean full, String actor) {
        UUID job = null;
        long started = System.nanoTime();
        try {
            NationalPortalClient client = clients.getIfAvailable();
            if (client == null) {
                pulls.finish(id, Status.FAILED, "integration.catalogue.failure.off", null, clock.instant());
                return;
            }
            pulls.sectors(id, imports.importSectors(list(client, "LayDanhMucLinhVuc")));
            pulls.agencies(id, imports.importAgencies(list(client, "LayDanhMucCoQuan")));
            List<Listed> listed = Freshness.read(list(client, "LayDanhSachTTHC"));
            List<Listed> fetch = Freshness.toFetch(listed, keys.all(), full);
            job = imports.openJob(SOURCE, fetch.size(), actor);
            pulls.listed(id, listed.size(), listed.size() - fetch.size(), job);
            NationalFormFiles forms = new NationalFormFiles(portal);
            for (Listed procedure : fetch) {
                pullOne(client, job, procedure, forms);
            }
            imports.finishJob(job);
            pulls.finish(id, Status.FINISHED, null, null, clock.instant());
            log.info("Catalogue pull {}: {} listed, {} fetched, in {} ms", id, listed.size(), fetch.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (NationalPortalException.Unavailable e) {
            log.warn("Catalogue pull {} stopped, the National Portal is unavailable: {}", id, e.getMessage());
            end(id, job, Status.UNAVAILABLE, "integration.catalogue.failure.unavailable", e.getMessage());
        } catch (NationalPortalException.Refused e) {
            log.warn("Catalogue pull {} stopped, the National Portal refused a list: {}", id, e.getMessage());
            end(id, job, Status.FAILED, "integration.catalogue.failure.refused", e.getMessage());
        } catch (NotAList e) {
            log.warn("Catalogue pull {} stopped: {}", id, e.getMessage());
            end(id, job, Status.FAILED, "integration.catalogue.failure.notList", e.service);
        } catch (RuntimeException e) {
            log.error("Catalogue pull {} failed", id, e);
            end(id, job, Status.FAILED, "integration.catalogue.failure.error", e.getClass().getSimpleName());
        }
    }

    private void pullOne(NationalPortalClient client, UUID job, Listed procedure, NationalFormFiles forms) {
        if (procedure.code().isEmpty()) {
            imports.rejectRecord(job, "", procedure.name(), "integration.catalogue.reason.noCode",
                    List.of(String.valueOf(procedure.position())));
            return;
        }
        JsonNode record;
        try {
            ObjectNode ask = client.body();
            ask.put("MaTTHC", procedure.code());
            record = client.call("LayThuTuc", ask).get("data");
        } catch (NationalPortalException.Refused e) {
            imports.rejectRecord(job, procedure.code(), procedure.name(), "integration.catalogue.reason.refused",
                    List.of(e.getMessage()));
            return;
        }
        if (record == null || record.isNull() || record.isMissingNode()) {
            imports.rejectRecord(job, procedure.code(), procedure.name(), "integration.catalogue.reason.noRecord",
                    List.of());
            return;
        }
        JsonNode answered = record.get("MATTHC");
        if (answered != null && answered.isString() && !answered.asString().strip().equals(procedure.code())) {
            imports.rejectRecord(job, procedure.code(), procedure.name(), "integration.catalogue.reason.otherCode",
                    List.of(answered.asString()));
            return;
        }
        CatalogueImports.RecordResult result = imports.importRecord(job, record, procedure.code(), procedure.name(),
                properties.publishNew(), forms);
        if (result.outcome() != CatalogueImports.Outcome.REJECTED && procedure.key() != null) {
            keys.record(procedure.code(), procedure.key(), clock.instant());
        }
    }

    private void end(UUID id, @Nullable UUID job, Status status, String key, @Nullable String detail) {
        try {
            if (job != null) {
                imports.failJob(job, status.name());
            }
        } finally {
            pulls.finish(id, status, key, detail, clock.instant());
        }
    }

    /** A list service's {@code data}, which must be an array. */
    private static JsonNode list(NationalPortalClient client, String service) {
        JsonNode data = client.call(service, client.body()).get("data");
        if (data == null || !data.isArray()) {
            throw new NotAList(service);
        }
        return data;
    }

    /** A list service answered success without a list. */
    private static final class NotAList extends RuntimeException {
        final String service;

        NotAList(String service) {
            super(service + " answered no list in data");
            this.service = service;
        }
    }
}
