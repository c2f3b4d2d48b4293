package vn.dvc.portal.processing.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.dvc.portal.dossier.DossierReceived;

/** A received dossier starts on its process once the reception has committed (from the event registry). */
@Component
class ProcessingStarter {

    private final CaseActions actions;

    ProcessingStarter(CaseActions actions) {
        this.actions = actions;
    }

    @ApplicationModuleListener
    void on(DossierReceived received) {
        actions.start(received.dossierId());
    }
}
