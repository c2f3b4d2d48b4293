package vn.dvc.portal.processing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dvc.portal.calendar.Timeliness;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.dossier.DossierFile;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.internal.TestIntake;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.PortalTest;
import vn.dvc.portal.platform.TestClock;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.ProcessStep;
import vn.dvc.portal.processing.Processes;

/**
 * The processing runtime on the whole application, real PostgreSQL and the demo catalogue, with a clock moved by
 * hand (issue #7 acceptance): a whole life with early / on time / late; a supplement pausing the clock across a
 * holiday; one apology; an inter-agency transfer measured per agency; a process change that leaves a started
 * dossier alone; two officers at once; an officer of another agency; a tampered history; bad input.
 * Procedure 1.004884 (đăng ký lại khai sinh, 5 working days) received at the Centre for UBND phường Đồng Tâm.
 */
@PortalTest
class ProcessingRuntimeIT {

    static final String PROCEDURE = "1.004884";
    static final String WARD = "000.21.40.H63";
    static final String JUSTICE = "000.00.15.H63";
    /** Wednesday 2 December 2026, 08:00 in Yên Bái. */
    static final Instant WEDNESDAY = Instant.parse("2026-12-02T01:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    TestClock clock;
    @Autowired
    CaseActions actions;
    @Autowired
    CaseStore store;
    @Autowired
    Dossiers dossiers;
    @Autowired
    WorkingCalendars calendars;
    @Autowired
    Processes processes;
    @Autowired
    ProcessPublisher publisher;
    @Autowired
    JdbcClient jdbc;

    @org.junit.jupiter.api.BeforeEach
    void wednesdayMorning() {
        clock.set(WEDNESDAY);
    }

    @AfterEach
    void signOutAndBackToRealTime() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void aWholeLifeFromReceiptToReturnRecordsEachStepAndAnEarlyResult() throws Exception {
        UUID id = received("Hoàng Văn Nam");
        assertThat(dossiers.find(id).orElseThrow().status()).isEqualTo(DossierStatus.IN_PROCESSING);
        assertThat(open(id).role()).isEqualTo(Role.DESK);
        assertThat(open(id).unitCode()).isEqualTo(TestIntake.CENTRE);

        as("demo.desk", Role.DESK, TestIntake.CENTRE, TestIntake.PROVINCE);
        clock.advance(Duration.ofHours(1));
        act(id, new Act.Forward("Hồ sơ đầy đủ", null));
        assertThat(open(id).unitCode()).isEqualTo(WARD);

        as("demo.ward.specialist", Role.SPECIALIST, WARD, null);
        clock.advance(Duration.ofHours(2));
        act(id, new Act.Forward("Đủ điều kiện đăng ký lại", null));

        as("demo.ward.leader", Role.LEADER, WARD, null);
        clock.advance(Duration.ofHours(1));
        act(id, new Act.Approve("Đồng ý", new Act.Upload("giay-khai-sinh.pdf", "application/pdf", pdf())));
        assertThat(dossiers.find(id).orElseThrow().status()).isEqualTo(DossierStatus.RESULT_READY);
        assertThat(dossiers.find(id).orElseThrow().nationalStatusCode()).isEqualTo(9);
        // the result is ready the same day, days before the appointment: early
        assertThat(store.find(id).orElseThrow().timeliness()).isEqualTo(Timeliness.EARLY);

        as("demo.desk", Role.DESK, TestIntake.CENTRE, TestIntake.PROVINCE);
        act(id, new Act.ReturnResult("DESK", "Công dân đã nhận"));
        assertThat(dossiers.find(id).orElseThrow().nationalStatusCode()).isEqualTo(10);
        assertThat(store.openStep(id)).isEmpty();
        assertThat(store.steps(id)).extracting(StepRow::outcome)
                .containsExactly("FORWARD", "FORWARD", "SIGN", "RETURN_RESULT");
        assertThat(dossiers.files(id)).extracting(DossierFile::origin).contains("RESULT");
        assertThat(dossiers.history(id)).extracting(h -> h.action())
                .containsExactly("RECEIVE", "START_PROCESSING", "FORWARD", "FORWARD", "ISSUE_RESULT", "RETURN_RESULT");
        assertThat(dossiers.verifyHistory(id).intact()).isTrue();
    }

    @Test
    void aResultOnTheDueDayIsOnTimeAndAfterTheDueInstantLate() throws Exception {
        UUID onTime = received("Đỗ Thị Lan");
        UUID late = received("Vũ Văn Khánh");
        Instant due = store.find(onTime).orElseThrow().due();
        toLeader(onTime);
        toLeader(late);
        as("demo.ward.leader", Role.LEADER, WARD, null);
        clock.set(due.minus(Duration.ofMinutes(30)));
        act(onTime, new Act.Approve("", new Act.Upload("kq.pdf", "application/pdf", pdf())));
        clock.set(due.plus(Duration.ofDays(1)));
        act(late, new Act.Approve("", new Act.Upload("kq.pdf", "application/pdf", pdf())));
        assertThat(store.find(onTime).orElseThrow().timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(store.find(late).orElseThrow().timeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void aSupplementRequestPausesTheClockAcrossTheNewYearHolidayAndResumingMovesTheDue() throws Exception {
        // received Thursday 31 December 2026 at 08:00; 1 January 2027 is Tết Dương lịch
        clock.set(Instant.parse("2026-12-31T01:00:00Z"));
        UUID id = received("Lương Thị Hoa");
        forwardAsDesk(id);
        as("demo.ward.specialist", Role.SPECIALIST, WARD, null);
        Instant dueBefore = store.find(id).orElseThrow().due();
        clock.set(Instant.parse("2026-12-31T09:00:00Z")); // 16:00 Thursday
        act(id, new Act.RequestSupplement("Thiếu bản sao giấy tờ tùy thân", List.of("Bản sao Căn cước công dân")));
        assertThat(dossiers.find(id).orElseThrow().status()).isEqualTo(DossierStatus.WAITING_FOR_SUPPLEMENT);
        assertThat(store.find(id).orElseThrow().supplementRequests()).isEqualTo(1);
        DossierFile slip = dossiers.files(id).stream().filter(f -> f.origin().equals("SLIP")).findFirst().orElseThrow();
        assertThat(text(dossiers.fileContent(id, slip.id()).orElseThrow()))
                .contains("Bản sao Căn cước công dân", "Thiếu bản sao giấy tờ tùy thân");
        // acting while paused is refused
        assertThatThrownBy(() -> act(id, new Act.Forward("", null))).isInstanceOfSatisfying(RefusedInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("processing.error.paused"));

        as("demo.desk", Role.DESK, TestIntake.CENTRE, TestIntake.PROVINCE);
        clock.set(Instant.parse("2027-01-04T01:00:00Z")); // Monday 08:00
        act(id, new Act.ProvideSupplement("Đã nộp bản sao", List.of(new Act.Upload("cccd.pdf", "application/pdf", pdf()))));
        ProcessingCase resumed = store.find(id).orElseThrow();
        WorkingCalendar calendar = calendars.forAgency(WARD);
        Duration paused = calendar.workingTimeBetween(Instant.parse("2026-12-31T09:00:00Z"), Instant.parse("2027-01-04T01:00:00Z"));
        assertThat(paused).isEqualTo(Duration.ofMinutes(90)); // 16:00–17:00 Thursday and 07:30–08:00 Monday
        assertThat(resumed.pausedMinutes()).isEqualTo(90);
        assertThat(resumed.due()).isEqualTo(calendar.plusWorkingTime(dueBefore, paused).toInstant());
        assertThat(dossiers.find(id).orElseThrow().dueAt()).isEqualTo(resumed.due());
        assertThat(dossiers.find(id).orElseThrow().status()).isEqualTo(DossierStatus.IN_PROCESSING);
    }

    @Test
    void anApologySetsOneNewAppointmentAndASecondIsRefused() throws Exception {
        UUID id = received("Trịnh Văn Lực");
        forwardAsDesk(id);
        as("demo.ward.specialist", Role.SPECIALIST, WARD, null);
        ProcessingCase before = store.find(id).orElseThrow();
        act(id, new Act.Apologise("Phải xác minh tại nơi đăng ký khai sinh trước đây", 3, WARD));
        ProcessingCase after = store.find(id).orElseThrow();
        WorkingCalendar calendar = calendars.forAgency(WARD);
        assertThat(after.due()).isEqualTo(calendar.plusWorkingTime(before.due(), Duration.ofHours(24)).toInstant());
        assertThat(after.apologyAgency()).isEqualTo(WARD);
        assertThat(dossiers.find(id).orElseThrow().dueAt()).isEqualTo(after.due());
        DossierFile slip = dossiers.files(id).stream().filter(f -> f.fileName().startsWith("Phieu-xin-loi")).findFirst()
                .orElseThrow();
        assertThat(text(dossiers.fileContent(id, slip.id()).orElseThrow())).contains("Phải xác minh");

        assertThatThrownBy(() -> act(id, new Act.Apologise("Lần hai", 2, WARD)))
                .isInstanceOfSatisfying(RefusedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("processing.error.apologyOnce"));
        assertThat(store.find(id).orElseThrow().due()).isEqualTo(after.due());
    }

    @Test
    void anApologyLessThanOneWorkingDayBeforeTheAppointmentIsRefused() throws Exception {
        UUID id = received("Phan Thị Mơ");
        forwardAsDesk(id);
        as("demo.ward.specialist", Role.SPECIALIST, WARD, null);
        clock.set(store.find(id).orElseThrow().due().minus(Duration.ofHours(2)));
        assertThatThrownBy(() -> act(id, new Act.Apologise("Quá muộn", 2, WARD)))
                .isInstanceOfSatisfying(RefusedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("processing.error.apologyTooLate"));
        assertThat(store.find(id).orElseThrow().apologyAt()).isNull();
    }

    @Test
    void anInterAgencyTransferGoesThereAndBackAndAccountsEachAgencysTime() throws Exception {
        // 1.012786 (cấp lại Giấy chứng nhận do bị mất) has no definition: the generic process, whose appraisal
        // step may transfer; the land registration office asks the Department of Justice to verify
        UUID id = TestIntake.receiveWalkIn(context, "1.012786", "Lê Thị Hạnh");
        actions.start(id);
        StepRow first = open(id);
        assertThat(first.definitionId()).isEqualTo(StepPlanner.GENERIC);
        assertThat(first.allows(vn.dvc.portal.processing.StepAction.TRANSFER)).isTrue();
        as("vpdkdd.chuyenvien", Role.SPECIALIST, first.unitCode(), null);
        clock.advance(Duration.ofHours(2));
        act(id, new Act.Transfer(JUSTICE, "Đề nghị Sở Tư pháp xác minh"));
        StepRow there = open(id);
        assertThat(there.agencyCode()).isEqualTo(JUSTICE);
        assertThat(there.unitCode()).isEqualTo(JUSTICE);
        assertThat(dossiers.find(id).orElseThrow().status()).isEqualTo(DossierStatus.IN_PROCESSING);
        // the first agency cannot act while the dossier is at the other one
        assertThatThrownBy(() -> act(id, new Act.Forward("", null))).isInstanceOf(AccessDeniedException.class);

        as("demo.specialist", Role.SPECIALIST, JUSTICE, null);
        clock.set(Instant.parse("2026-12-02T07:30:00Z")); // 14:30: 10:00–11:30 and 13:00–14:30 are 3 working hours
        act(id, new Act.Forward("Đã xác minh, đề nghị tiếp tục giải quyết", null));
        StepRow back = open(id);
        assertThat(back.agencyCode()).isEqualTo(first.agencyCode());
        assertThat(back.stepIndex()).isEqualTo(first.stepIndex());
        assertThat(back.returnTo()).isNull();
        var shares = context.getBean(CaseViews.class).shares(store.steps(id));
        assertThat(shares).extracting(CaseViews.AgencyShare::agencyCode).containsExactly(first.agencyCode(), JUSTICE);
        assertThat(shares.get(1).used()).isEqualTo("3 giờ");
        // its part is allotted the transferring step's time (days); 3 hours leave more than a working day: early
        assertThat(shares.get(1).timeliness()).isEqualTo("EARLY");
        assertThat(dossiers.history(id)).extracting(h -> h.action()).containsSubsequence("TRANSFER", "TRANSFER");
        assertThat(dossiers.verifyHistory(id).intact()).isTrue();
    }

    @Test
    void aProcessChangeDoesNotAffectADossierAlreadyInProgress() throws Exception {
        UUID id = received("Nông Văn Dũng");
        StepRow first = open(id);
        ProcessDefinition current = processes.version(first.definitionId(), first.definitionVersion()).orElseThrow();
        List<ProcessStep> renamed = new ArrayList<>();
        for (ProcessStep s : current.steps()) {
            renamed.add(new ProcessStep(s.name() + " (quy trình mới)", s.role(), s.unitCode(), s.allotment(), s.unit(),
                    s.actions()));
        }
        as("demo.centre", Role.CENTRE, TestIntake.CENTRE, TestIntake.PROVINCE);
        var published = publisher.publish(new DefinitionDraft(current.scope(), current.name(), renamed));
        assertThat(published.version()).isGreaterThan(current.version());

        forwardAsDesk(id);
        assertThat(open(id).stepName()).isEqualTo(current.steps().get(1).name());
        assertThat(open(id).definitionVersion()).isEqualTo(current.version());
        UUID later = received("Hà Văn Sơn");
        assertThat(open(later).definitionVersion()).isEqualTo(published.version());
        assertThat(open(later).stepName()).endsWith("(quy trình mới)");
    }

    @Test
    void twoOfficersActingAtOnceOneSucceedsTheOtherGetsAConflict() throws Exception {
        UUID id = received("Tạ Văn Hưng");
        int version = store.find(id).orElseThrow().rowVersion();
        SignedInUser desk = user("demo.desk", Role.DESK, TestIntake.CENTRE, TestIntake.PROVINCE);
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> forward = () -> {
                SecurityContextHolder.getContext().setAuthentication(token(desk));
                ready.countDown();
                ready.await();
                try {
                    actions.act(id, version, new Act.Forward("", null));
                    return "ok";
                } catch (ProcessingConflict conflict) {
                    return "conflict";
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            Future<String> a = pool.submit(forward);
            Future<String> b = pool.submit(forward);
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("ok", "conflict");
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.steps(id)).hasSize(2);
        // a page still showing the old version is refused too
        as("demo.ward.specialist", Role.SPECIALIST, WARD, null);
        assertThatThrownBy(() -> actions.act(id, version, new Act.Forward("", null)))
                .isInstanceOfSatisfying(ProcessingConflict.class, conflict -> {
                    assertThat(conflict.code()).isEqualTo(RefusedInput.Code.CONFLICT);
                    assertThat(conflict.code().status()).isEqualTo(409);
                    assertThat(conflict.messageKey()).isEqualTo("processing.error.conflict");
                });
    }

    @Test
    void anOfficerOfAnotherAgencyCannotAct() throws Exception {
        UUID id = received("Mai Thị Thu");
        forwardAsDesk(id);
        int version = store.find(id).orElseThrow().rowVersion();
        as("demo.specialist", Role.SPECIALIST, JUSTICE, null);
        assertThatThrownBy(() -> actions.act(id, version, new Act.Forward("", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.find(id).orElseThrow().rowVersion()).isEqualTo(version);
        assertThat(open(id).unitCode()).isEqualTo(WARD);
    }

    @Test
    void theHistoryHashChainDetectsAnEditedRow() throws Exception {
        UUID id = received("Quàng Văn Pọm");
        forwardAsDesk(id);
        assertThat(dossiers.verifyHistory(id).intact()).isTrue();
        long second = dossiers.history(id).get(1).sequence();
        jdbc.sql("ALTER TABLE dossier_history DISABLE TRIGGER dossier_history_append_only").update();
        try {
            jdbc.sql("UPDATE dossier_history SET note = 'sửa trái phép' WHERE id = :id").param("id", second).update();
        } finally {
            jdbc.sql("ALTER TABLE dossier_history ENABLE TRIGGER dossier_history_append_only").update();
        }
        assertThat(dossiers.verifyHistory(id).intact()).isFalse();
        assertThat(dossiers.verifyHistory(id).firstBroken()).isEqualTo(second);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        UUID id = received("Sầm Văn Nghĩa");
        forwardAsDesk(id);
        as("demo.ward.specialist", Role.SPECIALIST, WARD, null);
        act(id, new Act.Forward("", null));
        as("demo.ward.leader", Role.LEADER, WARD, null);
        int version = store.find(id).orElseThrow().rowVersion();
        int history = dossiers.history(id).size();
        int files = dossiers.files(id).size();
        // not allowed at the leader's step (1.004884: forward, return, approve, refuse, sign)
        assertThatThrownBy(() -> actions.act(id, version, new Act.Transfer(JUSTICE, "Xác minh")))
                .isInstanceOfSatisfying(RefusedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("processing.error.notAllowedHere"));
        // a missing reason
        assertThatThrownBy(() -> actions.act(id, version, new Act.ReturnToPrevious(" ")))
                .isInstanceOfSatisfying(RefusedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("processing.error.reasonRequired"));
        // a result that is not a PDF
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertThatThrownBy(() -> actions.act(id, version, new Act.Approve("", new Act.Upload("kq.pdf", "application/pdf", png))))
                .isInstanceOfSatisfying(RefusedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("processing.error.resultType"));
        // no result at all where the next step returns it
        assertThatThrownBy(() -> actions.act(id, version, new Act.Approve("", null)))
                .isInstanceOfSatisfying(RefusedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("processing.error.resultMissing"));
        assertThat(store.find(id).orElseThrow().rowVersion()).isEqualTo(version);
        assertThat(dossiers.history(id)).hasSize(history);
        assertThat(dossiers.files(id)).hasSize(files);
        assertThat(dossiers.find(id).orElseThrow().status()).isEqualTo(DossierStatus.IN_PROCESSING);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private UUID received(String applicant) {
        UUID id = TestIntake.receiveWalkIn(context, PROCEDURE, applicant);
        actions.start(id); // idempotent: the DossierReceived listener may have started it already
        return id;
    }

    private void forwardAsDesk(UUID id) {
        as("demo.desk", Role.DESK, TestIntake.CENTRE, TestIntake.PROVINCE);
        act(id, new Act.Forward("", null));
    }

    private void toLeader(UUID id) {
        forwardAsDesk(id);
        as("demo.ward.specialist", Role.SPECIALIST, WARD, null);
        act(id, new Act.Forward("", null));
    }

    private void act(UUID id, Act act) {
        actions.act(id, store.find(id).orElseThrow().rowVersion(), act);
    }

    private StepRow open(UUID id) {
        return store.openStep(id).orElseThrow();
    }

    private static SignedInUser user(String name, Role role, String agency, String scope) {
        return new SignedInUser(UUID.nameUUIDFromBytes(("dvc-demo:" + name).getBytes()), name, name,
                AccountKind.OFFICER, Set.of(role), AssuranceLevel.VERIFIED_BY_CODE, agency, scope);
    }

    private static void as(String name, Role role, String agency, String scope) {
        SecurityContextHolder.getContext().setAuthentication(token(user(name, role, agency, scope)));
    }

    private static UsernamePasswordAuthenticationToken token(SignedInUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
