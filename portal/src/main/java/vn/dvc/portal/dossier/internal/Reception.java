package vn.dvc.portal.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The one-stop desk (role {@code DESK}, within its agency's subtree): receives a walk-in or postal dossier
 * (code issued, appointment computed), refuses it (Form 03) or asks for supplements before receipt (Form 02);
 * and does the same with the online dossiers waiting in its queue. Everything of one action happens in one
 * transaction: a refused input leaves no dossier, no file and consumes no code.
 */
@Service
public class Reception {

    static final String DESK = "hasRole('DESK')";

    private final Procedures procedures;
    private final Agencies agencies;
    private final DossierStore store;
    private final DossierWriter writer;
    private final Receipt receipt;
    private final Attachments attachments;
    private final Officers officers;
    private final AuditLog audit;
    private final Clock clock;

    Reception(Procedures procedures, Agencies agencies, DossierStore store, DossierWriter writer, Receipt receipt,
            Attachments attachments, Officers officers, AuditLog audit, Clock clock) {
        this.procedures = procedures;
        this.agencies = agencies;
        this.store = store;
        this.writer = writer;
        this.receipt = receipt;
        this.attachments = attachments;
        this.officers = officers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Receives a walk-in (or postal) dossier: it must be complete. */
    @PreAuthorize(DESK)
    @Transactional
    public UUID receive(WalkIn walkIn) {
        ProcedureTerms terms = ProcedureTerms.resolve(procedures, walkIn.procedureCode(), walkIn.caseCode(),
                walkIn.channel());
        Dossier dossier = walkInDossier(walkIn, terms);
        ProcedureTerms.requireComplete(dossier.particulars().components());
        Instant now = clock.instant();
        String actor = officers.current().getName();
        receipt.receive(dossier, terms, now, actor);
        writer.save(dossier);
        attachments.attach(dossier.id(), terms, walkIn.scans(), actor);
        return dossier.id();
    }

    /** Refuses a walk-in dossier with the reason (Form 03); nothing is received. */
    @PreAuthorize(DESK)
    @Transactional
    public UUID refuse(WalkIn walkIn, String reason) {
        ProcedureTerms terms = ProcedureTerms.resolve(procedures, walkIn.procedureCode(), walkIn.caseCode(),
                walkIn.channel());
        Dossier dossier = walkInDossier(walkIn, terms);
        dossier.refuse(requireReason(reason), clock.instant(), officers.current().getName());
        writer.save(dossier);
        return dossier.id();
    }

    /** Asks for supplements before receipt (Form 02), listing what is missing or to be corrected. */
    @PreAuthorize(DESK)
    @Transactional
    public UUID requestCompletion(WalkIn walkIn, String reason, List<String> items) {
        ProcedureTerms terms = ProcedureTerms.resolve(procedures, walkIn.procedureCode(), walkIn.caseCode(),
                walkIn.channel());
        Dossier dossier = walkInDossier(walkIn, terms);
        dossier.requestCompletion(requireReason(reason), items(items, dossier), clock.instant(),
                officers.current().getName());
        writer.save(dossier);
        return dossier.id();
    }

    /** The online dossiers waiting for this desk, oldest first. */
    @PreAuthorize(DESK)
    @Transactional(readOnly = true)
    public List<Dossier> queue() {
        List<String> scope = agencies.subtree(officers.scopeRoot()).stream().map(Agency::code).toList();
        return store.queue(scope.isEmpty() ? List.of(officers.agency()) : scope, List.of(DossierStatus.SUBMITTED), 200);
    }

    /** Receives a dossier from the queue under the procedure version it was submitted under. */
    @PreAuthorize(DESK)
    @Transactional
    public void receiveSubmitted(UUID id) {
        Dossier dossier = queued(id);
        ProcedureTerms terms = submittedTerms(dossier);
        ProcedureTerms.requireComplete(dossier.particulars().components());
        receipt.receive(dossier, terms, clock.instant(), officers.current().getName());
        writer.save(dossier);
    }

    @PreAuthorize(DESK)
    @Transactional
    public void refuseSubmitted(UUID id, String reason) {
        Dossier dossier = queued(id);
        dossier.refuse(requireReason(reason), clock.instant(), officers.current().getName());
        writer.save(dossier);
    }

    @PreAuthorize(DESK)
    @Transactional
    public void requestCompletionOfSubmitted(UUID id, String reason, List<String> items) {
        Dossier dossier = queued(id);
        dossier.requestCompletion(requireReason(reason), items(items, dossier), clock.instant(),
                officers.current().getName());
        writer.save(dossier);
    }

    /** A dossier of this desk's scope, for its pages and slips; reading it is audited (personal data). */
    @PreAuthorize(DESK)
    @Transactional
    public Dossier handled(UUID id) {
        Dossier dossier = store.find(id).orElseThrow(() -> new ResourceNotFound("no dossier " + id));
        officers.requireCovers(dossier.particulars().receivingAgency());
        audit.record("dossier.read", "dossier", id.toString(), Map.of("by", "desk"));
        return dossier;
    }

    private Dossier queued(UUID id) {
        Dossier dossier = store.lock(id).orElseThrow(() -> new ResourceNotFound("no dossier " + id));
        officers.requireCovers(dossier.particulars().receivingAgency());
        return dossier;
    }

    private ProcedureTerms submittedTerms(Dossier dossier) {
        ProcedureRef ref = dossier.particulars().procedure();
        return procedures.find(ref.code(), ref.version())
                .map(procedure -> ProcedureTerms.of(procedure, ref.caseCode(), dossier.particulars().channel()))
                .orElseThrow(() -> new IllegalStateException("procedure " + ref.code() + " v" + ref.version()
                        + " of dossier " + dossier.id() + " is missing from the catalogue"));
    }

    private Dossier walkInDossier(WalkIn walkIn, ProcedureTerms terms) {
        String agency = officers.agency();
        String summary = ApplicantRules.text(walkIn.summary());
        return Dossier.create(new Dossier.Particulars(UUID.randomUUID(), terms.ref(), agency,
                terms.competentAgency(agency), walkIn.channel(), walkIn.applicant(), null,
                summary.isEmpty() ? terms.procedure().name() : summary, walkIn.formData(), walkIn.sets(),
                terms.feesVnd(), terms.way().description(), terms.checklist(walkIn.provided()), null, null,
                clock.instant()));
    }

    private static String requireReason(String reason) {
        String text = ApplicantRules.text(reason);
        if (text.isEmpty() || text.length() > 2000) {
            throw IntakeRefusals.of("reason", "reason", "the reason is required (at most 2,000 characters)");
        }
        return text;
    }

    /** The items to supplement: the component names chosen plus any written line. */
    private static List<String> items(List<String> items, Dossier dossier) {
        List<String> clean = items.stream().map(ApplicantRules::text).filter(s -> !s.isEmpty()).toList();
        return clean.isEmpty()
                ? dossier.particulars().components().stream().filter(c -> c.required() && !c.provided())
                        .map(ComponentLine::name).toList()
                : clean;
    }
}
