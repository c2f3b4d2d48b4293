package vn.dvc.portal.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.ApplicantProfile;
import vn.dvc.portal.identity.ApplicantProfiles;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.identity.StepUp;
import vn.dvc.portal.platform.CitizenPortal;
import vn.dvc.portal.platform.FileStorage;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Online submission (AUTH-5: signed-in applicant accounts only): a draft for a procedure's case, the e-form
 * pre-filled from the profile and checked on the server, one file per component (uploaded, or reused from
 * the personal data store), then submission. The procedure's assurance level is required (step-up) before
 * the form and again at submission. Submitting is idempotent: the draft is locked, a draft already
 * submitted answers with its dossier, and the dossier carries the draft's hidden token as its unique
 * idempotency key. A draft is visible to its owner only. In headless mode ({@link CitizenPortal}) every step that
 * starts, changes or submits a draft is refused with {@link vn.dvc.portal.platform.SubmissionAtNationalPortal},
 * whichever page or API endpoint calls it; a draft already submitted still answers with its dossier.
 */
@Service
public class OnlineSubmission {

    static final String CENTRE = "000.00.01.H63";
    static final String APPLICANT_PREFIX = "applicant.";
    static final List<String> APPLICANT_FIELDS = List.of("applicant.name", "applicant.address", "applicant.phone",
            "applicant.email");

    private final Procedures procedures;
    private final ApplicantProfiles profiles;
    private final DraftStore drafts;
    private final DossierStore dossiers;
    private final DossierWriter writer;
    private final Attachments attachments;
    private final PersonalDataStore personalStore;
    private final FileStorage storage;
    private final CitizenPortal citizenPortal;
    private final Clock clock;

    OnlineSubmission(Procedures procedures, ApplicantProfiles profiles, DraftStore drafts, DossierStore dossiers,
            DossierWriter writer, Attachments attachments, PersonalDataStore personalStore, FileStorage storage,
            CitizenPortal citizenPortal, Clock clock) {
        this.procedures = procedures;
        this.profiles = profiles;
        this.drafts = drafts;
        this.dossiers = dossiers;
        this.writer = writer;
        this.attachments = attachments;
        this.personalStore = personalStore;
        this.storage = storage;
        this.citizenPortal = citizenPortal;
        this.clock = clock;
    }

    /** Headless mode: refuses the submission section as a whole; does nothing in the full portal. */
    public void requireOnline() {
        citizenPortal.requireOnlineSubmission(null, null);
    }

    /**
     * Headless mode: refuses a submission for a procedure code (the National Portal's page of the procedure when it
     * is one of ours offered online); does nothing in the full portal.
     */
    public void requireOnline(@Nullable String procedureCode) {
        if (citizenPortal.national()) {
            Optional<Procedure> procedure = procedureCode == null || procedureCode.isBlank() ? Optional.empty()
                    : procedures.findPublished(procedureCode.strip()).filter(Procedure::isOfferedOnline);
            citizenPortal.requireOnlineSubmission(procedure.map(Procedure::code).orElse(null),
                    procedure.map(Procedure::name).orElse(null));
        }
    }

    /**
     * Headless mode: refuses any further step of a draft not yet submitted (it is kept, for the applicant to see,
     * and for the day the province files online here again); does nothing in the full portal.
     */
    public void requireOnline(Draft draft) {
        if (draft.submittedDossier() == null && citizenPortal.national()) {
            Procedure procedure = procedureOf(draft);
            citizenPortal.requireDraftSubmission(procedure.code(), procedure.name());
        }
    }

    /** The procedure offered online, after the step-up its assurance level needs. */
    public Procedure offered(String procedureCode) {
        requireOnline(procedureCode);
        applicant();
        Procedure procedure = procedures.findPublished(procedureCode.strip())
                .orElseThrow(() -> IntakeRefusals.of("procedureCode", "procedureUnknown",
                        "no published procedure has the code '" + procedureCode + "'"));
        if (!procedure.isOfferedOnline()) {
            throw IntakeRefusals.of("procedureCode", "notOnline", "procedure " + procedure.code() + " is not offered online");
        }
        StepUp.require(procedure.requiredAssurance());
        return procedure;
    }

    @Transactional
    public UUID start(String procedureCode, String caseCode) {
        SignedInUser user = applicant();
        Procedure procedure = offered(procedureCode);
        ProcedureTerms.of(procedure, caseCode, Channel.ONLINE);
        ApplicantProfile profile = profiles.find(user.getAccountId()).orElse(null);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("applicant.name", profile == null ? user.getDisplayName()
                : profile.organisationName() != null ? profile.organisationName() : profile.fullName());
        form.put("applicant.address", profile == null ? "" : profile.address());
        form.put("applicant.phone", profile == null || profile.phone() == null ? "" : profile.phone());
        form.put("applicant.email", profile == null || profile.email() == null ? "" : profile.email());
        for (Procedure.FormField field : procedure.formFields()) {
            form.put(field.name(), EFormRules.prefill(field, profile));
        }
        String idNumber = profile != null && profile.taxCode() != null ? profile.taxCode() : null;
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        drafts.insert(new Draft(id, user.getAccountId(), procedure.code(), procedure.version(), caseCode.strip(),
                form, idNumber, UUID.randomUUID().toString(), now, now, null, List.of()));
        return id;
    }

    /** The signed-in applicant's own draft. */
    @Transactional(readOnly = true)
    public Draft draft(UUID id) {
        return own(drafts.find(id, false));
    }

    @Transactional(readOnly = true)
    public List<Draft> openDrafts() {
        return drafts.openDrafts(applicant().getAccountId());
    }

    /** The procedure version of a draft. */
    Procedure procedureOf(Draft draft) {
        return procedures.find(draft.procedureCode(), draft.procedureVersion())
                .orElseThrow(() -> new ResourceNotFound("procedure " + draft.procedureCode() + " is gone"));
    }

    /** Saves the applicant's details and the e-form; refuses them with every problem named. */
    @Transactional
    public void saveForm(UUID id, Map<String, String> values, String idNumber) {
        Draft draft = own(drafts.find(id, true));
        requireOnline(draft);
        requireOpen(draft);
        Procedure procedure = procedureOf(draft);
        StepUp.require(procedure.requiredAssurance());
        Map<String, String> form = new LinkedHashMap<>();
        for (String key : APPLICANT_FIELDS) {
            form.put(key, ApplicantRules.text(values.get(key)));
        }
        form.putAll(EFormRules.clean(procedure.formFields(), values));
        List<FormError> errors = new ArrayList<>(problems(procedure, form, idNumber, kindOf(applicant())));
        String cleanId = null;
        try {
            cleanId = ApplicantRules.idNumber(kindOf(applicant()), idNumber);
        } catch (RefusedInput ignored) {
            // reported by problems()
        }
        drafts.updateForm(id, form, cleanId, clock.instant());
        if (!errors.isEmpty()) {
            throw IntakeRefusals.form(errors);
        }
    }

    /** Attaches an uploaded file to a component (checked like every dossier file; stored at once). */
    @Transactional
    public void attach(UUID id, Upload upload) {
        Draft draft = own(drafts.find(id, true));
        requireOnline(draft);
        requireOpen(draft);
        ProcedureTerms terms = ProcedureTerms.of(procedureOf(draft), draft.caseCode(), Channel.ONLINE);
        String type = attachments.check(terms, upload);
        FileStorage.StoredFile stored = storage.store(Attachments.AREA, upload.content());
        drafts.putFile(id, new Draft.DraftFile(UUID.randomUUID(), upload.componentCode(), upload.fileName(), type,
                stored.size(), stored.sha256(), stored.key(), null), clock.instant());
    }

    /** Uses a document of the applicant's personal data store for a component (no copy; recorded on submit). */
    @Transactional
    public void reuse(UUID id, String componentCode, UUID documentId) {
        Draft draft = own(drafts.find(id, true));
        requireOnline(draft);
        requireOpen(draft);
        ProcedureTerms terms = ProcedureTerms.of(procedureOf(draft), draft.caseCode(), Channel.ONLINE);
        Procedure.Component component = terms.component(componentCode).orElseThrow(() -> IntakeRefusals.of(
                "file-" + componentCode, "componentUnknown", "no component '" + componentCode + "'", componentCode));
        PersonalDataStore.Document document = personalStore.find(draft.accountId(), documentId)
                .orElseThrow(() -> new ResourceNotFound("no document " + documentId + " in your data store"));
        if (!component.mediaTypes().contains(document.mediaType()) || document.size() > component.maxBytes()) {
            throw IntakeRefusals.of("file-" + componentCode, "fileType", "the document does not fit this component",
                    document.fileName());
        }
        drafts.putFile(id, new Draft.DraftFile(UUID.randomUUID(), componentCode, document.fileName(),
                document.mediaType(), document.size(), document.sha256(), document.storageKey(), document.id()),
                clock.instant());
    }

    /**
     * Submits the draft: idempotent on the draft's token.
     *
     * @return the dossier (the same one for a repeated submission)
     */
    @Transactional
    public UUID submit(UUID id, String token) {
        Draft draft = own(drafts.find(id, true));
        if (draft.submittedDossier() != null) {
            return draft.submittedDossier();
        }
        Optional<UUID> already = dossiers.findByIdempotencyKey(draft.token());
        if (already.isPresent()) {
            return already.get();
        }
        requireOnline(draft);
        if (!draft.token().equals(token)) {
            throw IntakeRefusals.of("token", "token", "the submission token does not belong to this draft");
        }
        Procedure procedure = procedureOf(draft);
        StepUp.require(procedure.requiredAssurance());
        ProcedureTerms terms = ProcedureTerms.of(procedure, draft.caseCode(), Channel.ONLINE);
        SignedInUser user = applicant();
        List<FormError> errors = problems(procedure, draft.formData(), draft.idNumber(), kindOf(user));
        if (!errors.isEmpty()) {
            throw IntakeRefusals.form(errors);
        }
        Set<String> provided = new LinkedHashSet<>();
        draft.files().forEach(f -> provided.add(f.componentCode()));
        List<ComponentLine> checklist = terms.checklist(provided);
        ProcedureTerms.requireComplete(checklist);
        Applicant applicant = ApplicantRules.check(kindOf(user), draft.value("applicant.name"), draft.idNumber(),
                draft.value("applicant.address"), draft.value("applicant.phone"), draft.value("applicant.email"),
                null, null);
        Map<String, String> eForm = EFormRules.clean(procedure.formFields(), draft.formData());
        Instant now = clock.instant();
        String receiving = terms.onlineReceivingAgency(CENTRE);
        Dossier dossier = Dossier.create(new Dossier.Particulars(UUID.randomUUID(), terms.ref(), receiving,
                terms.competentAgency(receiving), Channel.ONLINE, applicant, user.getAccountId(), procedure.name(),
                eForm, 1, terms.feesVnd(), terms.way().description(), checklist, draft.token(), null, now));
        dossier.submit(now, user.getName());
        writer.save(dossier);
        for (Draft.DraftFile file : draft.files()) {
            Attachments.Attachment attached = attachments.attachStored(dossier.id(), file.componentCode(),
                    file.fileName(), file.mediaType(), new FileStorage.StoredFile(file.storageKey(), file.size(),
                            file.sha256()), file.sourceDocument(), user.getName());
            String name = terms.component(file.componentCode()).map(Procedure.Component::name).orElse(file.fileName());
            if (file.sourceDocument() != null) {
                personalStore.recordReuse(file.sourceDocument(), dossier.id(), file.componentCode(), now);
            } else {
                personalStore.keep(user.getAccountId(), dossier.id(), name, attached, "SUBMITTED", now);
            }
        }
        drafts.markSubmitted(draft.id(), dossier.id());
        return dossier.id();
    }

    private List<FormError> problems(Procedure procedure, Map<String, String> form, @Nullable String idNumber,
            Applicant.Kind kind) {
        List<FormError> errors = new ArrayList<>();
        try {
            ApplicantRules.check(kind, form.get("applicant.name"), idNumber, form.get("applicant.address"),
                    form.get("applicant.phone"), form.get("applicant.email"), null, null);
        } catch (RefusedInput refused) {
            refused.errors().forEach(e -> errors.add(new FormError(applicantField(e.field()), e.messageKey(),
                    e.arguments())));
        }
        for (EFormRules.Problem problem : EFormRules.check(procedure.formFields(), form)) {
            errors.add(new FormError("f-" + problem.field(), "dossier.error.form." + problem.reason(),
                    problem.arguments()));
        }
        return errors;
    }

    /** The page ids of the applicant's fields. */
    static String applicantField(String parameter) {
        return switch (parameter) {
            case "applicantName" -> "applicant-name";
            case "applicantAddress" -> "applicant-address";
            case "applicantPhone" -> "applicant-phone";
            case "applicantEmail" -> "applicant-email";
            case "applicantIdNumber" -> "applicant-idNumber";
            default -> parameter;
        };
    }

    private static Applicant.Kind kindOf(SignedInUser user) {
        return user.getKind() == AccountKind.ORGANISATION ? Applicant.Kind.ORGANISATION : Applicant.Kind.PERSON;
    }

    private Draft own(Optional<Draft> draft) {
        SignedInUser user = applicant();
        return draft.filter(d -> d.accountId().equals(user.getAccountId()))
                .orElseThrow(() -> new ResourceNotFound("you have no such draft"));
    }

    private static void requireOpen(Draft draft) {
        if (draft.submittedDossier() != null) {
            throw IntakeRefusals.of("draft", "draftSubmitted", "this draft was already submitted");
        }
    }

    /** AUTH-5: only signed-in applicant accounts submit online. */
    static SignedInUser applicant() {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in to submit online"));
        if (user.getKind() == AccountKind.OFFICER) {
            throw new AccessDeniedException("officers do not submit dossiers online");
        }
        return user;
    }
}
