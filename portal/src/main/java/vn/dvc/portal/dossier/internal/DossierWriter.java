package vn.dvc.portal.dossier.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.dvc.portal.dossier.DossierEvent;
import vn.dvc.portal.dossier.DossierHistoryAppended;

/**
 * Stores a dossier with its history and publishes its events, in the caller's transaction (event registry): the
 * edges' {@link DossierEvent}s, then one {@link DossierHistoryAppended} per history entry appended — the one place
 * that announces every entry.
 */
@Component
class DossierWriter {

    private final DossierStore store;
    private final ApplicationEventPublisher publisher;

    DossierWriter(DossierStore store, ApplicationEventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    void save(Dossier dossier) {
        List<DossierEvent> events = dossier.events();
        List<DossierStore.Appended> appended = store.save(dossier);
        events.forEach(publisher::publishEvent);
        appended.forEach(entry -> publisher.publishEvent(
                new DossierHistoryAppended(dossier.id(), entry.sequence(), entry.at())));
    }
}
