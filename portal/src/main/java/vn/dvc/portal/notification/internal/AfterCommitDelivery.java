package vn.dvc.portal.notification.internal;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dvc.portal.notification.NotificationChannel;

/**
 * The first attempt of a new message, right after the caller's transaction commits (nothing when it rolls
 * back: the outbox row is gone with it). In-process transports (in-app, development mailbox) run on the
 * caller's thread, so the message is there when the request ends; SMTP and SMS run on a virtual thread, so a
 * slow server never delays the request. What this first attempt misses, the worker's poll picks up.
 */
@Component
class AfterCommitDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AfterCommitDelivery.class);

    private final DeliveryWorker worker;
    private final Transports transports;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    AfterCommitDelivery(DeliveryWorker worker, Transports transports) {
        this.worker = worker;
        this.transports = transports;
    }

    void schedule(UUID id, NotificationChannel channel) {
        Runnable attempt = () -> {
            try {
                worker.deliver(id);
            } catch (RuntimeException e) {
                log.warn("Notification {}: first attempt failed ({}); the worker retries", id, e.getClass().getSimpleName());
            }
        };
        Runnable start = transports.of(channel).local() ? attempt : () -> executor.execute(attempt);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start.run();
                }
            });
        } else {
            start.run();
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
