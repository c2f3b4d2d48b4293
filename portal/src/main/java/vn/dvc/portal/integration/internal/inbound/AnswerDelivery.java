package vn.dvc.portal.integration.internal.inbound;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.integration.internal.client.NationalPortalClient;
import vn.dvc.portal.integration.internal.client.NationalPortalException;

/**
 * Sends the answers of the {@link AnswerOutbox} to the National Portal ({@code DongBoKetQuaHoiDapGuiTuDVCQG}), one
 * transaction per answer that claims its row ({@code FOR UPDATE SKIP LOCKED}), calls, and records the outcome: SENT
 * when acknowledged; retried with {@link Backoff} while the National Portal is unavailable (also when the outcome is
 * unknown — a repeated answer for the same HOIDAPID is harmless); REFUSED, with the reason, when the National Portal
 * refuses it for good (logged at ERROR and counted). Every node polls; the claim keeps them apart. Backlog:
 * {@code dvc.national_portal.answers.pending}.
 */
@Component
class AnswerDelivery {

    static final String SERVICE = "DongBoKetQuaHoiDapGuiTuDVCQG";
    private static final Logger log = LoggerFactory.getLogger(AnswerDelivery.class);
    private static final int BATCH = 50;

    private final AnswerOutbox outbox;
    private final ObjectProvider<NationalPortalClient> client;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AnswerDelivery(AnswerOutbox outbox, ObjectProvider<NationalPortalClient> client, JsonMapper json,
            MeterRegistry meters, PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.client = client;
        this.json = json;
        this.meters = meters;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        Gauge.builder("dvc.national_portal.answers.pending", outbox, AnswerOutbox::pending)
                .description("answers to questions from the National Portal not yet acknowledged").register(meters);
    }

    @Scheduled(fixedDelayString = "${dvc.national-portal-inbound.answers-interval:30s}",
            initialDelayString = "${dvc.national-portal-inbound.answers-interval:30s}")
    void poll() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.error("Answers to the National Portal not sent this round: {}", e.getClass().getSimpleName());
        }
    }

    /** Tries the answers that are due, one transaction each; returns how many were acknowledged. */
    int deliverDue() {
        NationalPortalClient portal = client.getIfAvailable();
        if (portal == null) {
            return 0;
        }
        int sent = 0;
        for (int tried = 0; tried < BATCH; tried++) {
            Optional<Boolean> outcome = Optional.ofNullable(transaction.execute(status ->
                    outbox.claimNextDue(clock.instant()).map(entry -> attempt(portal, entry)).orElse(null)));
            if (outcome.isEmpty()) {
                break;
            }
            if (outcome.get()) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(NationalPortalClient portal, AnswerOutbox.Entry entry) {
        int attempts = entry.attempts() + 1;
        ObjectNode fields = portal.body();
        fields.putArray("data").add(json.readTree(entry.message()));
        try {
            portal.call(SERVICE, fields);
            outbox.markSent(entry.questionId(), attempts, clock.instant());
            meters.counter("dvc.national_portal.answers", "outcome", "sent").increment();
            log.info("Answer to National Portal question {} sent (attempt {})", entry.externalId(), attempts);
            return true;
        } catch (NationalPortalException.Refused refused) {
            String reason = cut("error_code " + refused.errorCode() + ": " + refused.getMessage());
            outbox.markRefused(entry.questionId(), attempts, reason);
            meters.counter("dvc.national_portal.answers", "outcome", "refused").increment();
            log.error("Answer to National Portal question {} REFUSED: {}", entry.externalId(), reason);
        } catch (NationalPortalException.Unavailable unavailable) {
            Duration wait = Backoff.after(attempts);
            Instant next = clock.instant().plus(wait);
            outbox.markRetry(entry.questionId(), attempts, cut(unavailable.getMessage()), next);
            meters.counter("dvc.national_portal.answers", "outcome", "retry").increment();
            log.warn("Answer to National Portal question {} not sent (attempt {}): {}; next try in {}",
                    entry.externalId(), attempts, unavailable.getMessage(), wait);
        }
        return false;
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
