package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.OnlineLevel;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierSubmitted;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.identity.StepUpRequired;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Module test of online submission (AUTH-5, STORE-1): a signed-in citizen fills the e-form, attaches one file
 * and reuses another from the personal data store, submits; the same submission sent twice (one after the
 * other, and two at once) makes one dossier; bad input and another person's draft are refused and leave no
 * dossier; the procedure's assurance level is required; the desk then receives the dossier from its queue.
 */
@DossierModuleTest
class OnlineSubmissionTest {

    @Autowired
    Procedures procedures;

    @Autowired
    Agencies agencies;

    @Autowired
    OnlineSubmission submission;

    @Autowired
    ApplicantDossiers mine;

    @Autowired
    Reception reception;

    @Autowired
    DossierStore store;

    @Autowired
    Attachments attachments;

    @Autowired
    PersonalDataStore personalStore;

    @Autowired
    JdbcClient jdbc;

    SignedInUser citizen;

    @BeforeEach
    void catalogue() {
        given(procedures.findPublished("1.001193")).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(procedures.find("1.001193", 1)).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(procedures.findPublished("2.000001")).willReturn(Optional.of(DossierFixtures.birthRegistration(
                "2.000001", DossierFixtures.JUSTICE, OnlineLevel.NONE)));
        given(agencies.find(anyString())).willAnswer(call -> Optional.of(DossierFixtures.agency(call.getArgument(0))));
        given(agencies.subtree(anyString())).willReturn(List.of());
        citizen = DossierFixtures.signInCitizen("citizen." + UUID.randomUUID().toString().substring(0, 8),
                AssuranceLevel.VERIFIED_BY_CODE);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCitizenSubmitsOnceWithAReusedDocumentAndTheDeskReceives(AssertablePublishedEvents events) throws Exception {
        // a first dossier puts the birth certificate into the citizen's data store
        UUID first = submitted(draftWithFiles());
        PersonalDataStore.Document certificate = personalStore.of(citizen.getAccountId()).stream()
                .filter(d -> "TP2".equals(d.componentCode())).findFirst().orElseThrow();
        assertThat(certificate.dossierId()).isEqualTo(first);
        assertThat(certificate.origin()).isEqualTo("SUBMITTED");

        UUID draft = submission.start("1.001193", "TH1");
        fillForm(draft);
        submission.attach(draft, new Upload("TP1", "to-khai.pdf", "application/pdf", DossierFixtures.pdf(3_000)));
        submission.reuse(draft, "TP2", certificate.id());
        String token = submission.draft(draft).token();

        UUID dossierId = submission.submit(draft, token);
        assertThat(submission.submit(draft, token)).as("a retried submission").isEqualTo(dossierId);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE idempotency_key = :t").param("t", token)
                .query(Integer.class).single()).isOne();

        Dossier dossier = mine.own(dossierId);
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.status().nationalCode()).isEqualTo(1);
        assertThat(dossier.code()).isNull();
        assertThat(dossier.particulars().receivingAgency()).isEqualTo(DossierFixtures.JUSTICE);
        assertThat(dossier.particulars().formData()).containsEntry("childFullName", "Nguyễn Minh Khang");
        assertThat(attachments.of(dossierId)).extracting(Attachments.Attachment::origin)
                .containsExactlyInAnyOrder("UPLOADED", "REUSED");
        assertThat(personalStore.find(citizen.getAccountId(), certificate.id()).orElseThrow().reuses()).isOne();
        assertThat(events).contains(DossierSubmitted.class).matching(DossierSubmitted::dossierId, dossierId);

        DossierFixtures.signInOfficer("demo.desk", Role.DESK, DossierFixtures.JUSTICE);
        assertThat(reception.queue()).extracting(Dossier::id).contains(dossierId);
        reception.receiveSubmitted(dossierId);
        Dossier received = store.find(dossierId).orElseThrow();
        assertThat(received.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(received.code()).startsWith(DossierFixtures.JUSTICE + "-");
        assertThat(store.history(dossierId)).extracting(DossierStore.StoredEntry::action).containsExactly("SUBMIT", "RECEIVE");
    }

    @Test
    void twoSubmissionsAtOnceMakeOneDossier() throws Exception {
        UUID draft = draftWithFiles();
        String token = submission.draft(draft).token();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Callable<UUID> click = () -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            try {
                return submission.submit(draft, token);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<UUID> a = pool.submit(click);
            Future<UUID> b = pool.submit(click);
            assertThat(a.get()).isEqualTo(b.get());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE owner_account = :a").param("a", citizen.getAccountId())
                .query(Integer.class).single()).isOne();
    }

    @Test
    void badSubmissionsAreRefusedAndLeaveNoDossier() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM dossier").query(Integer.class).single();
        assertThatThrownBy(() -> submission.start("9.999999", "TH1")).isInstanceOfSatisfying(RefusedInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("dossier.error.procedureUnknown"));
        assertThatThrownBy(() -> submission.start("2.000001", "TH1")).isInstanceOfSatisfying(RefusedInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("dossier.error.notOnline"));
        assertThatThrownBy(() -> submission.start("1.001193", "TH7")).isInstanceOfSatisfying(RefusedInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("dossier.error.caseUnknown"));

        UUID draft = submission.start("1.001193", "TH1");
        fillForm(draft);
        submission.attach(draft, new Upload("TP1", "to-khai.pdf", "application/pdf", DossierFixtures.pdf(3_000)));
        String token = submission.draft(draft).token();
        assertThatThrownBy(() -> submission.submit(draft, token)).isInstanceOfSatisfying(RefusedInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("dossier.error.componentMissing"));
        assertThatThrownBy(() -> submission.attach(draft, new Upload("TP2", "chung-sinh.pdf", "application/pdf",
                ("%PDF-1.4 " + EicarSignatureScanner.EICAR).getBytes()))).isInstanceOfSatisfying(RefusedInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("dossier.error.fileInfected"));
        assertThatThrownBy(() -> submission.attach(draft, new Upload("TP2", "chung-sinh.jpg", "image/jpeg",
                DossierFixtures.pdf(100)))).isInstanceOfSatisfying(RefusedInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("dossier.error.fileType"));
        assertThatThrownBy(() -> submission.saveForm(draft, Map.of("applicant.name", "", "childBirthDate", "31/02/2020"),
                "123")).isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors())
                .extracting(error -> error.field()).contains("applicant-name", "f-childFullName", "f-childBirthDate"));

        // another person may not see, fill or submit this draft
        DossierFixtures.signInCitizen("someone.else", AssuranceLevel.VERIFIED_BY_CODE);
        assertThatThrownBy(() -> submission.draft(draft)).isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> submission.submit(draft, token)).isInstanceOf(ResourceNotFound.class);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void theProcedureAssuranceLevelIsRequiredBeforeTheForm() {
        given(procedures.findPublished("1.001193")).willReturn(Optional.of(withAssurance(AssuranceLevel.NATIONAL_IDENTITY)));
        assertThatThrownBy(() -> submission.start("1.001193", "TH1")).isInstanceOf(StepUpRequired.class);
    }

    private UUID draftWithFiles() {
        UUID draft = submission.start("1.001193", "TH1");
        fillForm(draft);
        submission.attach(draft, new Upload("TP1", "to-khai.pdf", "application/pdf", DossierFixtures.pdf(3_000)));
        submission.attach(draft, new Upload("TP2", "giay-chung-sinh.pdf", "application/pdf", DossierFixtures.pdf(5_000)));
        return draft;
    }

    private UUID submitted(UUID draft) {
        return submission.submit(draft, submission.draft(draft).token());
    }

    private void fillForm(UUID draft) {
        submission.saveForm(draft, Map.of("applicant.name", "Nguyễn Thị Hồng Nhung",
                "applicant.address", "Tổ 3, phường Nguyễn Thái Học, thành phố Yên Bái", "applicant.phone", "0987000001",
                "childFullName", "Nguyễn Minh Khang", "childBirthDate", "2026-11-20", "requesterName",
                "Nguyễn Thị Hồng Nhung"), "015190001234");
    }

    private static vn.dvc.portal.catalog.Procedure withAssurance(AssuranceLevel level) {
        var p = DossierFixtures.birthRegistration();
        return new vn.dvc.portal.catalog.Procedure(p.code(), p.version(), p.name(), p.sector(), p.field(), p.levels(),
                p.agencies(), p.onlineLevel(), p.cases(), p.applicants(), p.results(), p.requirements(), p.legalBasis(),
                p.publishingDecision(), p.receivingAddress(), p.cutoff(), level, p.formFields(), p.status());
    }
}
