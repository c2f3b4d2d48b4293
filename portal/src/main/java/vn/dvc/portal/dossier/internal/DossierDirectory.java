package vn.dvc.portal.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.dossier.DossierAction;
import vn.dvc.portal.dossier.DossierContact;
import vn.dvc.portal.dossier.DossierParticulars;
import vn.dvc.portal.dossier.DossierFile;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.HistoryDetail;
import vn.dvc.portal.dossier.HistoryVerification;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.FileOrigin;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.ReceivedDossier;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.ResourceNotFound;

/** {@link Dossiers} for other modules. */
@Service
class DossierDirectory implements Dossiers {

    private final DossierStore store;
    private final DossierWriter writer;
    private final HistoryChain chain;
    private final Attachments attachments;
    private final PersonalDataStore dataStore;
    private final Clock clock;
    private final ReceivedDossiers received;

    DossierDirectory(DossierStore store, DossierWriter writer, HistoryChain chain, Attachments attachments,
            PersonalDataStore dataStore, Clock clock, ReceivedDossiers received) {
        this.received = received;
        this.store = store;
        this.attachments = attachments;
        this.dataStore = dataStore;
        this.chain = chain;
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
    public DossierView advance(UUID id, DossierAction action, HistoryDetail detail) {
        Dossier dossier = store.lock(id).orElseThrow(() -> new ResourceNotFound("no dossier " + id));
        dossier.advance(action, clean(detail), clock.instant(), CurrentActor.name());
        writer.save(dossier);
        return dossier.view();
    }

    @Override
    @Transactional
    public DossierView record(UUID id, String action, HistoryDetail detail) {
        Dossier dossier = store.lock(id).orElseThrow(() -> new ResourceNotFound("no dossier " + id));
        dossier.record(action, clean(detail), clock.instant(), CurrentActor.name());
        writer.save(dossier);
        return dossier.view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierHistoryEntry> history(UUID id) {
        return store.history(id).stream().map(DossierStore.StoredEntry::entry).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public HistoryVerification verifyHistory(UUID id) {
        Dossier dossier = store.find(id).orElseThrow(() -> new ResourceNotFound("no dossier " + id));
        return chain.verify(id, store.history(id), dossier.status());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierContact> contact(UUID id) {
        return store.find(id).map(d -> new DossierContact(d.id(), d.code(), d.particulars().applicant().name(),
                d.particulars().ownerAccount(), d.particulars().applicant().email(),
                d.particulars().applicant().phone()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierParticulars> particulars(UUID id) {
        return store.find(id).map(d -> {
            Dossier.Particulars p = d.particulars();
            Applicant a = p.applicant();
            String summary = p.summary() == null || p.summary().isBlank() ? p.procedure().name() : p.summary();
            return new DossierParticulars(d.view(), a.kind() == Applicant.Kind.ORGANISATION, summary,
                    nonNull(a.address()), nonNull(a.email()), nonNull(a.phone()), p.externalId());
        });
    }

    private static String nonNull(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    @Transactional
    public UUID attachFile(UUID id, FileOrigin origin, String fileName, String mediaType, byte[] content) {
        Dossier dossier = store.find(id).orElseThrow(() -> new ResourceNotFound("no dossier " + id));
        Attachments.Attachment file = attachments.attachProcessed(id, origin.name(), fileName, mediaType, content,
                CurrentActor.name());
        UUID owner = dossier.particulars().ownerAccount();
        if (origin == FileOrigin.RESULT && owner != null) {
            dataStore.keep(owner, id, dossier.particulars().procedure().name(), file, "ISSUED", clock.instant());
        }
        return file.id();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierFile> files(UUID id) {
        return attachments.of(id).stream().map(a -> new DossierFile(a.id(), a.componentCode(), a.fileName(),
                a.mediaType(), a.size(), a.origin())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> fileContent(UUID id, UUID fileId) {
        return attachments.find(id, fileId).map(a -> {
            try (java.io.InputStream in = attachments.open(a)) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Override
    public int forReconciliation(LocalDate from, LocalDate to, Consumer<ReceivedDossier> each) {
        return received.forEach(from, to, each);
    }

    private static HistoryDetail clean(HistoryDetail detail) {
        return new HistoryDetail(ApplicantRules.text(detail.note()), detail.fromStep(), detail.toStep(),
                detail.agencyCode(), detail.attachment(), detail.applicantVisible(), detail.newDue());
    }
}
