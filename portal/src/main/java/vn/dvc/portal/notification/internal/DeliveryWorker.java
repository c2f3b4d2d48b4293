package vn.dvc.portal.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.portal.platform.PersonalDataProtection;

/**
 * Sends outbox messages. Each attempt is its own transaction that locks the message
 * ({@code FOR UPDATE SKIP LOCKED}), sends it and records the outcome; so two workers, on one node or two,
 * never send the same message, and a message is SENT at most once. A failed attempt is retried by the
 * {@link RetrySchedule}; the body is erased when the message is SENT or FAILED. Logs name the message id
 * and the channel only, never the recipient or the text.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 100;

    private final Outbox outbox;
    private final Transports transports;
    private final PersonalDataProtection protection;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeliveryWorker(Outbox outbox, Transports transports, PersonalDataProtection protection,
            PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.transports = transports;
        this.protection = protection;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Tries one message now if it is pending, due and not held by another worker; true if it was sent. */
    boolean deliver(UUID id) {
        return Boolean.TRUE.equals(transaction.execute(status ->
                outbox.claim(id, clock.instant()).map(this::attempt).orElse(false)));
    }

    /** Tries the messages that are due, one transaction each; returns how many were tried. */
    int deliverDue() {
        int tried = 0;
        while (tried < BATCH) {
            Optional<Boolean> outcome = Optional.ofNullable(transaction.execute(status ->
                    outbox.claimNextDue(clock.instant()).map(this::attempt).orElse(null)));
            if (outcome.isEmpty()) {
                break;
            }
            tried++;
        }
        return tried;
    }

    @Scheduled(fixedDelayString = "${dvc.notification.poll-interval:30s}",
            initialDelayString = "${dvc.notification.poll-interval:30s}")
    void poll() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.error("Notification worker stopped this round: {}", e.getClass().getSimpleName());
        }
    }

    private boolean attempt(OutboxMessage message) {
        Transport transport = transports.of(message.channel());
        int attempts = message.attempts() + 1;
        try {
            String body = open(message);
            transport.send(new Transport.Parcel(message.id(), message.channel(), message.recipient(),
                    message.accountId(), message.template(), message.subject(), body));
            outbox.markSent(message.id(), transport.name(), attempts, clock.instant());
            log.info("Notification {} ({}, {}) sent by {} at attempt {}", message.id(), message.channel(),
                    message.template(), transport.name(), attempts);
            return true;
        } catch (Transport.DeliveryFailed failure) {
            record(message, transport, attempts, failure.getMessage(), failure.permanent());
        } catch (RuntimeException e) {
            record(message, transport, attempts, transport.name() + ": " + e.getClass().getSimpleName(), false);
        }
        return false;
    }

    private String open(OutboxMessage message) throws Transport.DeliveryFailed {
        try {
            return protection.decrypt(OutboxMessage.sealContext(message.id()), message.bodySealed());
        } catch (IllegalStateException e) {
            throw new Transport.DeliveryFailed("the sealed text cannot be opened (key changed?)", true);
        }
    }

    private void record(OutboxMessage message, Transport transport, int attempts, String reason, boolean permanent) {
        Instant now = clock.instant();
        Optional<Duration> delay = permanent ? Optional.empty() : RetrySchedule.delayAfter(attempts);
        String error = reason.length() > 300 ? reason.substring(0, 300) : reason;
        if (delay.isPresent()) {
            outbox.markRetry(message.id(), transport.name(), attempts, error, now.plus(delay.get()));
            log.warn("Notification {} ({}) not sent at attempt {}: {}; next try in {}", message.id(),
                    message.channel(), attempts, error, delay.get());
        } else {
            outbox.markFailed(message.id(), transport.name(), attempts, error, now);
            log.error("Notification {} ({}) FAILED after {} attempt(s): {}", message.id(), message.channel(),
                    attempts, error);
        }
    }
}
