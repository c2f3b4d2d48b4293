package vn.dvc.portal.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.FileStorage;
import vn.dvc.portal.platform.ResourceNotFound;

/** "Hồ sơ của tôi" and the personal data store: the signed-in applicant's own dossiers and documents only. */
@Service
public class ApplicantDossiers {

    private final DossierStore store;
    private final PersonalDataStore personalStore;
    private final FileStorage storage;
    private final AuditLog audit;

    ApplicantDossiers(DossierStore store, PersonalDataStore personalStore, FileStorage storage, AuditLog audit) {
        this.store = store;
        this.personalStore = personalStore;
        this.storage = storage;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Dossier> mine() {
        return store.ownedBy(OnlineSubmission.applicant().getAccountId(), 200);
    }

    /** One of the applicant's own dossiers; another person's is "not found". */
    @Transactional(readOnly = true)
    public Dossier own(UUID id) {
        SignedInUser user = OnlineSubmission.applicant();
        return store.find(id).filter(d -> user.getAccountId().equals(d.particulars().ownerAccount()))
                .orElseThrow(() -> new ResourceNotFound("you have no dossier " + id));
    }

    @Transactional(readOnly = true)
    public List<PersonalDataStore.Document> documents() {
        return personalStore.of(OnlineSubmission.applicant().getAccountId());
    }

    /** A document of the applicant's own store (the read is audited, as every read of a personal file). */
    @Transactional
    public Map.Entry<PersonalDataStore.Document, byte[]> document(UUID id) {
        PersonalDataStore.Document document = personalStore.find(OnlineSubmission.applicant().getAccountId(), id)
                .orElseThrow(() -> new ResourceNotFound("no document " + id + " in your data store"));
        try (InputStream in = storage.open(document.stored())
                .orElseThrow(() -> new IllegalStateException("stored file of document " + id + " is missing"))) {
            audit.record("dossier.document.read", "personal-document", id.toString(), Map.of("by", "owner"));
            return Map.entry(document, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
