package vn.dvc.portal.integration.internal.outbound;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dvc.portal.dossier.DossierHistoryAppended;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.DossierParticulars;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Writes the ledger: for every history entry the dossier module appends ({@link DossierHistoryAppended}), the
 * entry's messages ({@link NationalMessages}) — <strong>synchronously, in the entry's own transaction</strong>
 * ({@code @EventListener}, not {@code @ApplicationModuleListener}, which would run after the commit), so the messages
 * commit or roll back with the event; after the commit the worker is woken.
 *
 * <p>Entries before the dossier has a code (an online submission, a request to complete it before receipt) wait:
 * the National Portal knows a province dossier only by our code (MaHoSo), so they are written, in order and each
 * with the state of its moment, when the entry that issues the code (the receipt) is appended. Likewise any entry the
 * ledger lacks when a later one comes (sync turned on after the dossier began). A dossier that never gets a code
 * (refused or withdrawn before receipt) sends nothing. Only when {@code DVC_NATIONAL_PORTAL_URL} is set.
 */
@Component
@ConditionalOnExpression("'${dvc.national-portal.url:}'.trim() != '' and '${dvc.national-portal.sync.enabled:true}' == 'true'")
class LedgerWriter {

    private static final Object WAKE_KEY = new Object();

    private final Dossiers dossiers;
    private final NationalMessages messages;
    private final Ledger ledger;
    private final ObjectProvider<OutboundWorker> worker;
    private final Clock clock;

    LedgerWriter(Dossiers dossiers, NationalMessages messages, Ledger ledger, ObjectProvider<OutboundWorker> worker,
            Clock clock) {
        this.dossiers = dossiers;
        this.messages = messages;
        this.ledger = ledger;
        this.worker = worker;
        this.clock = clock;
    }

    @EventListener
    void on(DossierHistoryAppended appended) {
        UUID id = appended.dossierId();
        DossierParticulars particulars = dossiers.particulars(id)
                .orElseThrow(() -> new ResourceNotFound("no dossier " + id));
        DossierView view = particulars.view();
        if (view.code() == null) {
            return; // waits for the receipt (see above)
        }
        Ledger.Tail tail = ledger.tail(id);
        long written = tail.lastSequence();
        if (written >= appended.sequence()) {
            return;
        }
        List<DossierHistoryEntry> history = dossiers.history(id);
        List<DossierHistoryEntry> unwritten = history.stream()
                .filter(e -> e.sequence() > written && e.sequence() <= appended.sequence()).toList();
        if (unwritten.isEmpty()) {
            return;
        }
        NationalMessages.Dossier dossier = new NationalMessages.Dossier(view, particulars, history, dossiers.files(id),
                CurrentUser.get().orElse(null));
        List<Ledger.NewMessage> batch = new ArrayList<>();
        for (DossierHistoryEntry entry : unwritten) {
            batch.addAll(messages.of(dossier, entry));
        }
        ledger.append(tail, batch, clock.instant());
        wakeAfterCommit();
    }

    /** One wake-up of the worker per transaction, after it commits (nothing when it rolls back). */
    private void wakeAfterCommit() {
        OutboundWorker delivering = worker.getIfAvailable();
        if (delivering == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delivering.wake();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(WAKE_KEY)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(WAKE_KEY, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(WAKE_KEY);
                if (status == STATUS_COMMITTED) {
                    delivering.wake();
                }
            }
        });
    }
}
