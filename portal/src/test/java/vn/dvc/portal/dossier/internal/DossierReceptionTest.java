package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static vn.dvc.portal.dossier.internal.DossierFixtures.JUSTICE;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.DossierHistoryAppended;
import vn.dvc.portal.dossier.DossierNotAccepted;
import vn.dvc.portal.dossier.DossierReceived;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.SupplementRequested;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.TestClock;

/**
 * Module test on a real PostgreSQL (the catalogue mocked, as its implementation lives on another branch): the
 * desk receives a walk-in dossier (code, appointment from the working-time clock, history, event, stored
 * scan), refuses one, asks for supplements before receipt; bad input is refused and leaves no dossier, no
 * stored file and no consumed code.
 */
@DossierModuleTest
class DossierReceptionTest {

    /** Wednesday 2 December 2026, 09:15 in Yên Bái. */
    static final Instant NOW = Instant.parse("2026-12-02T02:15:00Z");

    @Autowired
    Procedures procedures;

    @Autowired
    Agencies agencies;

    @Autowired
    Reception reception;

    @Autowired
    DossierStore store;

    @Autowired
    Attachments attachments;

    @Autowired
    DossierDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    @BeforeEach
    void catalogue() {
        clock.set(NOW);
        given(procedures.findPublished("1.001193")).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(procedures.find("1.001193", 1)).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(agencies.find(anyString())).willAnswer(call -> Optional.of(DossierFixtures.agency(call.getArgument(0))));
        DossierFixtures.signInOfficer("demo.desk", Role.DESK, JUSTICE);
    }

    @AfterEach
    void signOutAndBackToRealTime() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void aCompleteWalkInIsReceivedWithCodeAppointmentHistoryEventAndScan(AssertablePublishedEvents events) {
        UUID id = reception.receive(DossierFixtures.walkIn(Set.of("TP1", "TP2"),
                List.of(new Upload("TP1", "to-khai.pdf", "application/pdf", DossierFixtures.pdf(2_000)))));

        Dossier dossier = store.find(id).orElseThrow();
        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(dossier.status().nationalCode()).isEqualTo(2);
        assertThat(dossier.code()).startsWith(JUSTICE + "-261202-").matches(DossierCodes.CODE.pattern());
        // 3 working days from Wednesday 09:15 (lunch 11:30–13:00, 07:30–17:00): Monday 7 December 09:15
        assertThat(Slips.time(dossier.dueAt())).isEqualTo("09 giờ 15 phút, ngày 07/12/2026");
        assertThat(Slips.time(dossier.receivedAt())).isEqualTo("09 giờ 15 phút, ngày 02/12/2026");
        assertThat(dossier.particulars().applicant().idNumber()).isEqualTo("015090001234");
        assertThat(store.history(id)).singleElement().extracting(DossierStore.StoredEntry::entry).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("RECEIVE");
            assertThat(entry.from()).isNull();
            assertThat(entry.to()).isEqualTo(DossierStatus.RECEIVED);
            assertThat(entry.actor()).isEqualTo("demo.desk");
        });
        assertThat(events).contains(DossierReceived.class)
                .matching(DossierReceived::dossierId, id)
                .matching(DossierReceived::code, dossier.code());
        // #15: every history entry is announced, with its sequence, in the same transaction
        assertThat(events).contains(DossierHistoryAppended.class)
                .matching(DossierHistoryAppended::dossierId, id)
                .matching(DossierHistoryAppended::sequence, store.history(id).getFirst().entry().sequence());
        assertThat(directory.particulars(id)).hasValueSatisfying(p -> {
            assertThat(p.view().code()).isEqualTo(dossier.code());
            assertThat(p.organisation()).isFalse();
            assertThat(p.summary()).isNotBlank();
            assertThat(p.externalId()).isNull();
        });
        assertThat(attachments.of(id)).singleElement().satisfies(file -> {
            assertThat(file.mediaType()).isEqualTo("application/pdf");
            assertThat(file.size()).isEqualTo(2_000);
            assertThat(file.sha256()).hasSize(64);
        });
        // no clear ID number in the table
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE id = :id AND applicant_id_last4 = '1234' "
                        + "AND position('015090001234' in encode(applicant_id_sealed, 'escape')) = 0")
                .param("id", id).query(Integer.class).single()).isOne();
    }

    @Test
    void filesKeepOnlyTheirCleanedBaseName() {
        // #14: "../../../../evil.pdf" was stored, listed and sent back as given
        UUID id = reception.receive(DossierFixtures.walkIn(Set.of("TP1", "TP2"),
                List.of(new Upload("TP1", "../../../../evil.pdf", "application/pdf", DossierFixtures.pdf(2_000)))));
        attachments.attachProcessed(id, "SUPPLEMENT", "..\\..\\\u202Ebo-sung.pdf", "application/pdf",
                DossierFixtures.pdf(1_000), "demo.desk");
        attachments.attachProcessed(id, "RESULT", "/", "application/pdf", DossierFixtures.pdf(1_000), "demo.desk");

        assertThat(attachments.of(id)).extracting(Attachments.Attachment::fileName)
                .containsExactlyInAnyOrder("evil.pdf", "bo-sung.pdf", "tep-dinh-kem.pdf");
    }

    @Test
    void theMigrationCleansTheNamesStoredBeforeAsFileNamesCleansNewOnes() throws Exception {
        String migration = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/resources/db/migration/V20261207_1400__dossier_file_names_cleaned.sql"));
        String function = migration.substring(migration.indexOf("CREATE FUNCTION"), migration.indexOf("$$;") + 2);
        transactions.executeWithoutResult(status -> {
            jdbc.sql(function).update();
            for (String stored : List.of("../../../../evil.pdf", "..\\..\\to-khai.pdf", "C:\\fakepath\\Tờ khai.pdf",
                    "a\u0007b\u007f\u0085c.pdf", "evil\u202Efdp.exe", " \u00a0. ten tep.pdf . ", "...", "/", "giấy tờ.png")) {
                for (String type : List.of("application/pdf", "image/png", "image/jpeg", "application/octet-stream")) {
                    assertThat(jdbc.sql("SELECT pg_temp.dvc_clean_file_name(:name, :type)").param("name", stored)
                            .param("type", type).query(String.class).single())
                            .as(stored + " " + type).isEqualTo(vn.dvc.portal.platform.FileNames.clean(stored, type));
                }
            }
            status.setRollbackOnly();
        });
    }

    @Test
    void codesOfOneAgencyAndDayAreConsecutive() {
        String first = store.find(reception.receive(DossierFixtures.walkIn(Set.of("TP1", "TP2"), List.of())))
                .orElseThrow().code();
        String second = store.find(reception.receive(DossierFixtures.walkIn(Set.of("TP1", "TP2"), List.of())))
                .orElseThrow().code();
        int n = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        assertThat(second).isEqualTo(DossierCodes.format(JUSTICE, java.time.LocalDate.of(2026, 12, 2), n + 1));
    }

    @Test
    void aRefusalAndARequestForCompletionCreateNoCode(AssertablePublishedEvents events) {
        UUID refused = reception.refuse(DossierFixtures.walkIn(Set.of("TP1"), List.of()),
                "Hồ sơ thuộc thẩm quyền giải quyết của UBND cấp xã nơi cư trú");
        UUID returned = reception.requestCompletion(DossierFixtures.walkIn(Set.of("TP1"), List.of()),
                "Thiếu giấy chứng sinh", List.of());

        assertThat(store.find(refused).orElseThrow()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DossierStatus.NOT_ACCEPTED);
            assertThat(d.code()).isNull();
            assertThat(d.decision().reason()).contains("UBND cấp xã");
        });
        assertThat(store.find(returned).orElseThrow()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DossierStatus.AWAITING_COMPLETION);
            assertThat(d.status().nationalCode()).isEqualTo(5);
            assertThat(d.decision().items()).containsExactly("Giấy chứng sinh");
        });
        assertThat(events).contains(DossierNotAccepted.class).matching(DossierNotAccepted::dossierId, refused);
        assertThat(events).contains(SupplementRequested.class).matching(SupplementRequested::beforeReceipt, true);
    }

    @Test
    void badInputIsRefusedAndLeavesNothing() {
        int dossiers = count("dossier");
        int files = count("dossier_file");
        int counters = jdbc.sql("SELECT coalesce(sum(last_value), 0) FROM dossier_code_counter")
                .query(Integer.class).single();
        Set<String> both = Set.of("TP1", "TP2");

        assertRefused(DossierFixtures.walkIn(Set.of("TP1"), List.of()), "componentMissing");
        assertRefused(DossierFixtures.walkIn(both, List.of(new Upload("TP1", "to-khai.pdf", "application/pdf",
                DossierFixtures.pdf((int) (2 * DossierFixtures.ONE_MB) + 1)))), "fileTooLarge");
        assertRefused(DossierFixtures.walkIn(both, List.of(new Upload("TP1", "to-khai.pdf", "application/pdf",
                "MZ this is a program".getBytes(StandardCharsets.US_ASCII)))), "fileType");
        assertRefused(DossierFixtures.walkIn(both, List.of(new Upload("TP2", "giay-chung-sinh.png", "image/png",
                png()))), "fileType");
        byte[] eicar = ("%PDF-1.4\n" + EicarSignatureScanner.EICAR).getBytes(StandardCharsets.US_ASCII);
        assertRefused(DossierFixtures.walkIn(both, List.of(new Upload("TP1", "to-khai.pdf", "application/pdf",
                eicar))), "fileInfected");
        // a good file first, then a bad one: the good one is not left behind
        assertRefused(DossierFixtures.walkIn(both, List.of(
                new Upload("TP1", "to-khai.pdf", "application/pdf", DossierFixtures.pdf(1_000)),
                new Upload("TP2", "chung-sinh.pdf", "application/pdf", eicar))), "fileInfected");
        assertRefused(new WalkIn("9.999999", "TH1", vn.dvc.portal.dossier.Channel.IN_PERSON,
                DossierFixtures.person(), both, 1, "", java.util.Map.of(), List.of()), "procedureUnknown");
        assertRefused(new WalkIn("1.001193", "TH9", vn.dvc.portal.dossier.Channel.IN_PERSON,
                DossierFixtures.person(), both, 1, "", java.util.Map.of(), List.of()), "caseUnknown");

        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("dossier_file")).isEqualTo(files);
        assertThat(jdbc.sql("SELECT coalesce(sum(last_value), 0) FROM dossier_code_counter").query(Integer.class)
                .single()).isEqualTo(counters);
    }

    @Test
    void onlyDeskOfficersReceive() {
        DossierFixtures.signInOfficer("demo.specialist", Role.SPECIALIST, JUSTICE);
        assertThatThrownBy(() -> reception.receive(DossierFixtures.walkIn(Set.of("TP1", "TP2"), List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(WalkIn walkIn, String reason) {
        assertThatThrownBy(() -> reception.receive(walkIn)).isInstanceOfSatisfying(RefusedInput.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("dossier.error." + reason));
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private static byte[] png() {
        byte[] content = new byte[100];
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, content, 0, 8);
        return content;
    }
}
