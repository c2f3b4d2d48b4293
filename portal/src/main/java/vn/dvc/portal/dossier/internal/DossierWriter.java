package vn.dvc.portal.dossier.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.dvc.portal.dossier.DossierEvent;

/** Stores a dossier with its history and publishes its events, in the caller's transaction (event registry). */
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
        store.save(dossier);
        events.forEach(publisher::publishEvent);
    }
}
