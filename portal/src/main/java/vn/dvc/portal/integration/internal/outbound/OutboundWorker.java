package vn.dvc.portal.integration.internal.outbound;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.integration.internal.client.NationalPortalClient;
import vn.dvc.portal.integration.internal.client.NationalPortalException;
import vn.dvc.portal.integration.internal.client.NationalPortalProperties;

/**
 * Delivers the ledger to the National Portal: in order per dossier, many dossiers at once, retried with back-off,
 * never two effects for one message.
 *
 * <p>A <em>round</em> claims the due heads of the dossiers ({@link Ledger#claimDue}: one message per dossier, its
 * earlier ones all delivered) and hands each to a virtual thread, at most {@link SyncProperties#concurrency()} at once;
 * a thread that delivers a message carries on with the same dossier's next one (claimed in the transaction that
 * records the delivery). The round ends when nothing is due and nothing is in flight. Rounds run after every commit
 * that wrote messages ({@link #wake()}), every {@code DVC_NATIONAL_PORTAL_SYNC_INTERVAL}, and on every node:
 * claims use {@code FOR UPDATE SKIP LOCKED}, and a claimed message is leased, so nodes never send the same message at
 * once.
 *
 * <p>One attempt: {@code DongBoHoSoMC} says {@code isUpdating} "True" once an earlier record of the dossier was
 * acknowledged, else it first asks {@code TraCuuHoSo} whether the national side knows the dossier. When an earlier
 * attempt may have taken effect (it timed out, or its worker stopped mid-call: the message is <em>uncertain</em>), the
 * attempt first asks {@code TraCuuHoSo} whether it did — the record as sent, one more progress entry or status equal
 * to this one than we know we delivered — and if so marks it delivered without sending it again. Then it sends:
 * acknowledged → DELIVERED; {@link NationalPortalException.Refused} → DEAD with the reason, for the Centre's page;
 * {@link NationalPortalException.Unavailable} → tried again after {@link SyncProperties#delayAfter} (uncertain when
 * the outcome is unknown). When the National Portal is unreachable the round stops claiming until the next one.
 * Sessions are refreshed by the client. Logs name the message, the dossier's code and the service, never the payload.
 */
@Component
@ConditionalOnExpression("'${dvc.national-portal.url:}'.trim() != '' and '${dvc.national-portal.sync.enabled:true}' == 'true'")
public class OutboundWorker implements DisposableBean {

    static final String LOOKUP = "TraCuuHoSo";
    /** How many messages of one dossier a thread carries on with before it lets others have a turn. */
    private static final int CHAIN = 64;
    private static final Logger log = LoggerFactory.getLogger(OutboundWorker.class);

    private final Ledger ledger;
    private final NationalPortalClient client;
    private final SyncProperties properties;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration lease;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ReentrantLock round = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean woken = new AtomicBoolean();
    private final Semaphore slots;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object finished = new Object();
    private volatile boolean unreachable;
    private volatile @Nullable String lastUnavailable;
    private volatile boolean stopping;
    /** Whether the National Portal was found unavailable and no message has been delivered since (logged once). */
    private volatile boolean outage;

    OutboundWorker(Ledger ledger, NationalPortalClient client, SyncProperties properties,
            NationalPortalProperties portal, JsonMapper json, PlatformTransactionManager transactions,
            MeterRegistry meters, Clock clock) {
        this.ledger = ledger;
        this.client = client;
        this.properties = properties;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.meters = meters;
        this.clock = clock;
        this.slots = new Semaphore(properties.concurrency());
        // an attempt makes at most a look-up and a send, each possibly signing in again: leased well beyond that
        Duration call = portal.connectTimeout().plus(portal.readTimeout());
        this.lease = call.multipliedBy(8).plusSeconds(30);
    }

    /**
     * Delivers what is due now, until nothing more is, and waits for it; returns how many attempts it made. Waits for
     * a round another thread is running to end first (tests drive the worker with it).
     */
    public int deliverDue() {
        round.lock();
        try {
            return rounds();
        } finally {
            round.unlock();
            kickIfWanted();
        }
    }

    /** After a commit that wrote messages: a round now, on a virtual thread (or once more, if one is running). */
    void wake() {
        again.set(true);
        kick();
    }

    /** Starts a thread that runs rounds while they are wanted, unless one is already on its way. */
    private void kick() {
        if (stopping || !woken.compareAndSet(false, true)) {
            return;
        }
        executor.execute(() -> {
            try {
                while (again.get() && !stopping && round.tryLock()) {
                    try {
                        rounds();
                    } finally {
                        round.unlock();
                    }
                }
            } catch (RuntimeException e) {
                log.warn("National Portal sync: a round stopped: {}", e.toString());
            } finally {
                woken.set(false);
            }
            kickIfWanted();
        });
    }

    /** A wake-up that came while a round was ending would otherwise wait for the next poll. */
    private void kickIfWanted() {
        if (again.get() && !round.isLocked()) {
            kick();
        }
    }

    /**
     * Retries and what a stopped node left: a round on the worker's own thread, so a long one (a backlog after an
     * outage) never holds up the scheduler's other tasks.
     */
    @Scheduled(fixedDelayString = "${dvc.national-portal.sync.interval:5s}",
            initialDelayString = "${dvc.national-portal.sync.interval:5s}")
    void poll() {
        wake();
    }

    /** Rounds until no wake-up came during the last one (or the National Portal is unreachable). */
    private int rounds() {
        int attempts = 0;
        do {
            again.set(false);
            unreachable = false;
            attempts += oneRound();
        } while (again.get() && !unreachable && !stopping);
        if (unreachable && !outage) {
            outage = true;
            log.warn("National Portal sync: the National Portal is unavailable ({}); trying again with back-off",
                    lastUnavailable);
        } else if (unreachable) {
            log.debug("National Portal sync: still unavailable ({})", lastUnavailable);
        }
        return attempts;
    }

    private int oneRound() {
        int attempts = 0;
        try {
            while (!stopping) {
                int free = slots.availablePermits();
                if (free == 0) {
                    awaitOneFinished();
                    continue;
                }
                if (unreachable) {
                    break;
                }
                Instant now = clock.instant();
                List<Ledger.Claimed> batch = transaction.execute(status -> ledger.claimDue(now, free, lease));
                if (batch == null || batch.isEmpty()) {
                    if (inFlight.get() == 0) {
                        break;
                    }
                    awaitOneFinished();
                    continue;
                }
                for (Ledger.Claimed claimed : batch) {
                    slots.acquireUninterruptibly();
                    inFlight.incrementAndGet();
                    executor.execute(() -> {
                        try {
                            carryOn(claimed);
                        } catch (RuntimeException e) {
                            log.error("National Portal sync: message {} failed unexpectedly: {}",
                                    claimed.message().id(), e.toString());
                        } finally {
                            inFlight.decrementAndGet();
                            slots.release();
                            synchronized (finished) {
                                finished.notifyAll();
                            }
                        }
                    });
                }
                attempts += batch.size();
            }
        } finally {
            while (inFlight.get() > 0) {
                awaitOneFinished();
            }
        }
        return attempts;
    }

    private void awaitOneFinished() {
        synchronized (finished) {
            try {
                finished.wait(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    /** Delivers the message, then the same dossier's next ones (at most {@value #CHAIN}, then others have a turn). */
    private void carryOn(Ledger.Claimed first) {
        Ledger.Claimed current = first;
        for (int chained = 1; current != null; chained++) {
            if (stopping) {
                // claimed but not attempted: given back, due at once for the next start
                Ledger.Claimed unattempted = current;
                transaction.executeWithoutResult(status -> ledger.release(unattempted));
                return;
            }
            current = attempt(current, chained < CHAIN);
        }
    }

    /**
     * One attempt on a claimed message; returns the dossier's next message, claimed in the transaction that records
     * this one's delivery, when this one was delivered and {@code carryOn}; else null.
     */
    Ledger.@Nullable Claimed attempt(Ledger.Claimed claimed, boolean carryOn) {
        OutboundMessage m = claimed.message();
        boolean uncertain = claimed.mayHaveTakenEffect();
        try {
            ObjectNode fields = (ObjectNode) json.readTree(m.payload());
            if (m.service().equals(OutboundMessage.RECORD)) {
                boolean updating = claimed.recordKnown();
                if (!updating || uncertain) {
                    Lookup national = lookUp(m);
                    if (national.found() && sameRecord(national.data(), fields)) {
                        return delivered(claimed, true, carryOn);
                    }
                    if (national.answered()) {
                        uncertain = false;
                        updating = national.found();
                    }
                }
                fields.put("isUpdating", updating ? "True" : "False");
            } else if (uncertain) {
                Lookup national = lookUp(m);
                if (national.found() && arrivedAlready(m, national.data(), fields)) {
                    return delivered(claimed, true, carryOn);
                }
                uncertain = false;
            }
            try {
                client.call(m.service(), m.agencyCode(), fields);
            } catch (NationalPortalException.Unavailable unavailable) {
                uncertain = unavailable.outcomeUnknown();
                throw unavailable;
            }
            return delivered(claimed, false, carryOn);
        } catch (NationalPortalException.Refused refused) {
            String reason = "error_code " + refused.errorCode() + ": " + refused.getMessage();
            transaction.executeWithoutResult(status -> ledger.dead(claimed, clock.instant(), reason));
            count("dead");
            log.warn("National Portal sync: message {} ({} of {}) refused for good at attempt {}: {}", m.id(),
                    m.service(), m.dossierCode(), claimed.attempt(), refused.errorCode());
            return null;
        } catch (NationalPortalException.Unavailable unavailable) {
            if (!unavailable.outcomeUnknown()) {
                unreachable = true;
                lastUnavailable = unavailable.getMessage();
            }
            retry(claimed, uncertain, unavailable.getMessage());
            return null;
        } catch (RuntimeException e) {
            retry(claimed, true, e.getClass().getSimpleName() + ": " + e.getMessage());
            log.error("National Portal sync: message {} ({} of {}) failed: {}", m.id(), m.service(), m.dossierCode(),
                    e.toString());
            return null;
        }
    }

    private void retry(Ledger.Claimed claimed, boolean uncertain, @Nullable String error) {
        Instant now = clock.instant();
        Duration delay = properties.delayAfter(claimed.attempt());
        transaction.executeWithoutResult(status -> ledger.retry(claimed, now, now.plus(delay), uncertain,
                error == null ? "" : error));
        count("retry");
        log.debug("National Portal sync: message {} ({} of {}) not delivered at attempt {} ({}); next in {}",
                claimed.message().id(), claimed.message().service(), claimed.message().dossierCode(),
                claimed.attempt(), error, delay);
    }

    private Ledger.@Nullable Claimed delivered(Ledger.Claimed claimed, boolean byLookup, boolean carryOn) {
        OutboundMessage m = claimed.message();
        Optional<Ledger.Claimed> next = transaction.execute(
                status -> ledger.deliveredAndNext(claimed, clock.instant(), byLookup, carryOn, lease));
        count(byLookup ? "confirmed" : "delivered");
        if (outage) {
            outage = false;
            log.info("National Portal sync: the National Portal answers again");
        }
        if (byLookup) {
            log.info("National Portal sync: message {} ({} of {}) had taken effect already; not sent again", m.id(),
                    m.service(), m.dossierCode());
        }
        return next == null ? null : next.orElse(null);
    }

    /**
     * What the national side knows of the message's dossier ({@code TraCuuHoSo}). A look-up the National Portal
     * refuses answers nothing: the message is then sent as if the look-up had found nothing — at least once rather
     * than never (logged; a deployment without {@code TraCuuHoSo} should not exist).
     */
    private Lookup lookUp(OutboundMessage m) {
        ObjectNode query = client.body();
        query.put("mahoso", m.dossierCode());
        try {
            JsonNode data = client.call(LOOKUP, m.agencyCode(), query).get("data");
            return new Lookup(true, data == null || data.isNull() || !data.isObject() ? null : data);
        } catch (NationalPortalException.Refused refused) {
            log.warn("National Portal sync: {} refused for {} ({}); message {} is sent without it", LOOKUP,
                    m.dossierCode(), refused.errorCode(), m.id());
            return new Lookup(false, null);
        }
    }

    /** A look-up's outcome: whether the National Portal answered, and the dossier it knows (null: unknown there). */
    private record Lookup(boolean answered, @Nullable JsonNode data) {

        boolean found() {
            return data != null;
        }
    }

    /** Whether the national record is the one this message sends (the national side added its lists). */
    static boolean sameRecord(JsonNode national, ObjectNode fields) {
        JsonNode sent = fields.path("data").path(0);
        if (!sent.isObject()) {
            return false;
        }
        ObjectNode known = ((ObjectNode) national).deepCopy();
        known.remove("TienDo");
        known.remove("DanhSachTrangThai");
        return known.equals(sent);
    }

    /**
     * Whether the national side holds one more entry equal to this progress entry (or status) than the messages of
     * the dossier we know were delivered with an equal one: then an earlier attempt of this one took effect.
     */
    private boolean arrivedAlready(OutboundMessage m, JsonNode national, ObjectNode fields) {
        JsonNode item;
        JsonNode held;
        if (m.service().equals(OutboundMessage.PROGRESS)) {
            item = fields.path("data").path(0);
            held = national.path("TienDo");
        } else {
            item = fields.path("data");
            held = national.path("DanhSachTrangThai");
        }
        long there = 0;
        for (JsonNode entry : held) {
            if (entry.equals(item)) {
                there++;
            }
        }
        if (there == 0) {
            return false;
        }
        long ours = 0;
        for (String payload : ledger.deliveredPayloads(m.dossierId(), m.service())) {
            JsonNode delivered = json.readTree(payload);
            JsonNode deliveredItem = m.service().equals(OutboundMessage.PROGRESS) ? delivered.path("data").path(0)
                    : delivered.path("data");
            if (deliveredItem.equals(item)) {
                ours++;
            }
        }
        return there > ours;
    }

    private void count(String outcome) {
        meters.counter("dvc.national_portal.outbound.attempts", "outcome", outcome).increment();
    }

    /** Messages in flight now (the page shows it; tests wait for 0). */
    int inFlight() {
        return inFlight.get();
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        // attempts under way finish (each is bounded by the client's time-outs); what does not is leased and uncertain,
        // so the next start looks it up before sending it again
        executor.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
    }
}
