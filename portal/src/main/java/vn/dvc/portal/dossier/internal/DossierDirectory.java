package vn.dvc.portal.dossier.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.dossier.DossierAction;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.ResourceNotFound;

/** {@link Dossiers} for other modules. */
@Service
class DossierDirectory implements Dossiers {

    private final DossierStore store;
    private final DossierWriter writer;
    private final Clock clock;

    DossierDirectory(DossierStore store, DossierWriter writer, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierView> find(UUID id) {
        return store.find(id).map(Dossier::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierView> findByCode(String code) {
        return store.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT)).map(Dossier::view);
    }

    @Override
    @Transactional
    public DossierView advance(UUID id, DossierAction action, String note) {
        Dossier dossier = store.lock(id).orElseThrow(() -> new ResourceNotFound("no dossier " + id));
        dossier.advance(action, ApplicantRules.text(note), clock.instant(), CurrentActor.name());
        writer.save(dossier);
        return dossier.view();
    }
}
