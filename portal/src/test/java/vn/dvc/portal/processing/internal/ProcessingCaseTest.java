package vn.dvc.portal.processing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.calendar.Timeliness;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingHours;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.dossier.DossierAction;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.HistoryDetail;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.processing.ApologyIssued;
import vn.dvc.portal.processing.StepAction;
import vn.dvc.portal.processing.internal.ProcessingCase.Change;

/**
 * The processing case's guards, without Spring (issue #14): each transition changes the case, moves the dossier's
 * state along the life-cycle and registers its changes in order; each refusal ({@link RefusedInput}) leaves the
 * case as it was. Received Monday 7 December 2026 at 08:00, due five working days later, on the province's
 * default opening hours.
 */
class ProcessingCaseTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());
    static final Instant MONDAY = Instant.parse("2026-12-07T01:00:00Z");
    static final Instant DUE = CALENDAR.plusWorkingTime(MONDAY, WorkingCalendar.WORKING_DAY.multipliedBy(5))
            .toInstant();
    static final String CENTRE = "000.00.01.H63";
    static final String WARD = "000.21.40.H63";
    static final String JUSTICE = "000.00.15.H63";
    static final byte[] PDF = "%PDF-1.7 result".getBytes();

    static final StepRow DESK = step(1, "Tiếp nhận", Role.DESK, CENTRE, StepAction.FORWARD,
            StepAction.REQUEST_SUPPLEMENT);
    static final StepRow APPRAISE = step(2, "Thẩm định", Role.SPECIALIST, WARD, StepAction.FORWARD,
            StepAction.REQUEST_SUPPLEMENT, StepAction.REFUSE, StepAction.TRANSFER);
    static final StepRow DECIDE = step(3, "Phê duyệt", Role.LEADER, WARD, StepAction.RETURN_TO_PREVIOUS,
            StepAction.APPROVE, StepAction.SIGN);
    static final StepRow RETURN = step(4, "Trả kết quả", Role.DESK, CENTRE, StepAction.RETURN_RESULT);

    final List<String> calls = new ArrayList<>();

    // --- coming into being --------------------------------------------------------------------------------------

    @Test
    void onlyAReceivedDossierWithACodeAndAnAppointmentGetsACase() {
        assertThat(ProcessingCase.of(dossier(DossierStatus.RECEIVED), MONDAY)).isPresent();
        assertThat(ProcessingCase.of(dossier(DossierStatus.IN_PROCESSING), MONDAY)).isEmpty();
        assertThat(ProcessingCase.of(dossier(DossierStatus.SUBMITTED), MONDAY)).isEmpty();
    }

    @Test
    void startingOpensTheFirstStepAndMovesTheDossierIntoProcessing() {
        ProcessingCase c = ProcessingCase.of(dossier(DossierStatus.RECEIVED), MONDAY).orElseThrow();
        assertThat(c.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(c.due()).isEqualTo(DUE);
        assertThat(c.originalDue()).isEqualTo(DUE);
        c.start("Quy trình đăng ký khai sinh", DESK);
        assertThat(c.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        assertThat(c.isRunning()).isTrue();
        assertThat(c.openStep()).contains(DESK);
        assertThat(c.changes()).containsExactly(new Change.StepOpened(DESK),
                new Change.Moved(DossierAction.START_PROCESSING, HistoryDetail.builder("Quy trình đăng ký khai sinh")
                        .toStep("Tiếp nhận").agency(CENTRE).build()));
    }

    // --- at a step ----------------------------------------------------------------------------------------------

    @Test
    void forwardingEndsTheStepOpensTheNextForTheNamedOfficerAndRecordsTheHandOver() {
        ProcessingCase c = running(DESK);
        c.forward(new Act.Forward(" Hồ sơ đầy đủ ", "ward.specialist"), Optional.of(APPRAISE), acting(hours(1)));
        assertThat(c.openStep().orElseThrow().assignee()).isEqualTo("ward.specialist");
        assertThat(c.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        assertThat(c.changes()).containsExactly(
                new Change.StepEnded(1, hours(1), "officer", "FORWARD", Timeliness.EARLY),
                new Change.StepOpened(APPRAISE.withAssignee("ward.specialist")),
                new Change.Recorded("FORWARD", HistoryDetail.builder("Hồ sơ đầy đủ").fromStep("Tiếp nhận")
                        .toStep("Thẩm định").agency(WARD).build()));
    }

    @Test
    void forwardingIsRefusedWithoutANextStepWithoutAResultForTheReturnStepAndToABadUserName() {
        ProcessingCase c = running(APPRAISE);
        refused(() -> c.forward(new Act.Forward("", null), Optional.empty(), acting(hours(1))),
                "processing.error.noNextStep");
        refused(() -> c.forward(new Act.Forward("", null), Optional.of(RETURN), acting(hours(1))),
                "processing.error.resultRequired");
        refused(() -> c.forward(new Act.Forward("", "không hợp lệ!"), Optional.of(DECIDE), acting(hours(1))),
                "processing.error.assignee");
        refused(() -> c.forward(new Act.Forward("x".repeat(2001), null), Optional.of(DECIDE), acting(hours(1))),
                "processing.error.reasonTooLong");
        assertThat(c.changes()).isEmpty();
        assertThat(c.openStep()).contains(APPRAISE);
    }

    @Test
    void anActionTheStepDoesNotAllowIsRefused() {
        refused(() -> running(RETURN).forward(new Act.Forward("", null), Optional.of(DESK), acting(hours(1))),
                "processing.error.notAllowedHere");
        refused(() -> running(DESK).refuse(new Act.Refuse("Không đủ điều kiện"), acting(hours(1)), slip()),
                "processing.error.notAllowedHere");
    }

    @Test
    void withNoOpenStepThereIsNowhereToAct() {
        ProcessingCase c = ProcessingCase.of(dossier(DossierStatus.RECEIVED), MONDAY).orElseThrow();
        refused(c::stepToActAt, "processing.error.noOpenStep");
        refused(c::stepToAssign, "processing.error.nothingToAssign");
    }

    @Test
    void approvingWithTheResultAttachesItSignedWhereTheStepSignsAndIssuesItEarly() {
        ProcessingCase c = running(DECIDE);
        assertThat(c.approval()).isEqualTo(StepAction.SIGN);
        UUID file = UUID.randomUUID();
        c.approve(new Act.Approve("Đồng ý", new Act.Upload("kq.pdf", "application/octet-stream", PDF)),
                Optional.of(RETURN), acting(hours(3)), (pdf, sign) -> {
                    calls.add(pdf.mediaType() + " sign=" + sign);
                    return new ProcessingCase.Result(file, sign);
                });
        assertThat(calls).containsExactly("application/pdf sign=true");
        assertThat(c.resultFile()).isEqualTo(file);
        assertThat(c.resultSigned()).isTrue();
        assertThat(c.status()).isEqualTo(DossierStatus.RESULT_READY);
        assertThat(c.resultReadyAt()).isEqualTo(hours(3));
        assertThat(c.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(c.changes()).containsExactly(
                new Change.StepEnded(3, hours(3), "officer", "SIGN", Timeliness.EARLY),
                new Change.StepOpened(RETURN),
                new Change.Moved(DossierAction.ISSUE_RESULT, HistoryDetail.builder("Đồng ý").fromStep("Phê duyệt")
                        .toStep("Trả kết quả").agency(CENTRE).build()));
    }

    @Test
    void approvingTheLastStepIssuesTheResultToTheReceivingDeskAndAfterTheAppointmentItIsLate() {
        ProcessingCase c = running(DECIDE);
        Instant late = DUE.plus(Duration.ofDays(1));
        c.approve(new Act.Approve("", new Act.Upload("kq.pdf", "application/pdf", PDF)), Optional.empty(),
                new ProcessingCase.Acting("officer", late, agency -> CALENDAR), (pdf, sign) -> result(sign));
        assertThat(c.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(c.openStep()).isEmpty();
        assertThat(c.changes()).last().isEqualTo(new Change.Moved(DossierAction.ISSUE_RESULT,
                HistoryDetail.builder("").fromStep("Phê duyệt").agency(CENTRE).build()));
    }

    @Test
    void approvingIsRefusedWithoutAResultWhereOneIsDueAndWithOneThatIsNotAPdf() {
        ProcessingCase c = running(DECIDE);
        refused(() -> c.approve(new Act.Approve("", null), Optional.of(RETURN), acting(hours(1)),
                (pdf, sign) -> result(sign)), "processing.error.resultMissing");
        refused(() -> c.approve(new Act.Approve("", new Act.Upload("kq.pdf", "application/pdf", "PNG".getBytes())),
                Optional.of(RETURN), acting(hours(1)), (pdf, sign) -> result(sign)), "processing.error.resultType");
        assertThat(c.resultFile()).isNull();
        assertThat(c.changes()).isEmpty();
    }

    @Test
    void returningToThePreviousStepNeedsAReasonAndAPreviousStep() {
        ProcessingCase c = running(DECIDE);
        refused(() -> c.returnToPrevious(new Act.ReturnToPrevious(" "), Optional.of(APPRAISE), acting(hours(1))),
                "processing.error.reasonRequired");
        refused(() -> c.returnToPrevious(new Act.ReturnToPrevious("Thiếu xác minh"), Optional.empty(),
                acting(hours(1))), "processing.error.noPreviousStep");
        c.returnToPrevious(new Act.ReturnToPrevious("Thiếu xác minh"), Optional.of(APPRAISE), acting(hours(1)));
        assertThat(c.openStep()).contains(APPRAISE);
        assertThat(c.changes()).last().isEqualTo(new Change.Recorded("RETURN_TO_PREVIOUS",
                HistoryDetail.builder("Thiếu xác minh").fromStep("Phê duyệt").toStep("Thẩm định").agency(WARD)
                        .build()));
    }

    // --- pause and resume ---------------------------------------------------------------------------------------

    @Test
    void aSupplementRequestPausesTheClockCountsItAndAttachesForm02() {
        ProcessingCase c = running(APPRAISE);
        c.pauseForSupplement(new Act.RequestSupplement("Thiếu giấy tờ", List.of(" Bản sao CCCD ", "")),
                acting(hours(2)), (reason, items) -> {
                    calls.add(reason + " " + items + " #" + c.supplementRequests());
                    return "slip-02";
                });
        assertThat(calls).containsExactly("Thiếu giấy tờ [Bản sao CCCD] #1");
        assertThat(c.status()).isEqualTo(DossierStatus.WAITING_FOR_SUPPLEMENT);
        assertThat(c.isPaused()).isTrue();
        assertThat(c.pausedSince()).isEqualTo(hours(2));
        assertThat(c.supplementRequests()).isEqualTo(1);
        assertThat(c.openStep()).contains(APPRAISE);
        assertThat(c.changes()).containsExactly(new Change.Moved(DossierAction.REQUEST_SUPPLEMENT,
                HistoryDetail.builder("Thiếu giấy tờ\n- Bản sao CCCD").fromStep("Thẩm định").toStep("Thẩm định")
                        .agency(WARD).attachment("slip-02").build()));
    }

    @Test
    void aSupplementRequestNeedsAReasonAndItemsAndARunningCase() {
        ProcessingCase c = running(APPRAISE);
        refused(() -> c.pauseForSupplement(new Act.RequestSupplement("", List.of("Bản sao")), acting(hours(1)),
                (r, i) -> "slip"), "processing.error.reasonRequired");
        refused(() -> c.pauseForSupplement(new Act.RequestSupplement("Thiếu", List.of(" ")), acting(hours(1)),
                (r, i) -> "slip"), "processing.error.itemsRequired");
        refused(() -> c.pauseForSupplement(new Act.RequestSupplement("Thiếu", List.of("x".repeat(501))),
                acting(hours(1)), (r, i) -> "slip"), "processing.error.itemsRequired");
        ProcessingCase paused = paused(APPRAISE);
        refused(() -> paused.pauseForSupplement(new Act.RequestSupplement("Lần hai", List.of("Bản sao")),
                acting(hours(3)), (r, i) -> "slip"), "processing.error.paused");
        refused(() -> paused.forward(new Act.Forward("", null), Optional.of(DECIDE), acting(hours(3))),
                "processing.error.paused");
        assertThat(c.supplementRequests()).isZero();
    }

    @Test
    void theSupplementResumesTheClockAndMovesTheAppointmentAndTheStepDueByTheWorkingTimePaused() {
        ProcessingCase c = paused(APPRAISE); // paused Monday 10:00
        Instant tuesday = Instant.parse("2026-12-08T03:00:00Z"); // 10:00: one working day later
        c.resume(new Act.ProvideSupplement("Đã nộp", List.of(new Act.Upload("cccd.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}))), new ProcessingCase.Acting("desk", tuesday,
                agency -> CALENDAR), file -> calls.add(file.fileName() + " " + file.mediaType()));
        Instant newDue = CALENDAR.plusWorkingTime(DUE, WorkingCalendar.WORKING_DAY).toInstant();
        Instant stepDue = CALENDAR.plusWorkingTime(APPRAISE.due(), WorkingCalendar.WORKING_DAY).toInstant();
        assertThat(calls).containsExactly("cccd.png image/png");
        assertThat(c.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        assertThat(c.pausedSince()).isNull();
        assertThat(c.pausedMinutes()).isEqualTo(8 * 60);
        assertThat(c.due()).isEqualTo(newDue);
        assertThat(c.openStep().orElseThrow().due()).isEqualTo(stepDue);
        assertThat(c.changes()).containsExactly(new Change.StepPostponed(2, stepDue, 8 * 60),
                new Change.Moved(DossierAction.PROVIDE_SUPPLEMENT, HistoryDetail.builder("Đã nộp")
                        .toStep("Thẩm định").agency(WARD).newDue(newDue).build()));
    }

    @Test
    void aSupplementIsRefusedWhenNoneWasRequestedWhenEmptyAndWhenAFileIsNotADocument() {
        refused(() -> running(APPRAISE).resume(new Act.ProvideSupplement("Đã nộp", List.of()), acting(hours(3)),
                file -> calls.add(file.fileName())), "processing.error.notWaitingForSupplement");
        ProcessingCase c = paused(APPRAISE);
        refused(() -> c.resume(new Act.ProvideSupplement(" ", List.of()), acting(hours(3)),
                file -> calls.add(file.fileName())), "processing.error.supplementEmpty");
        refused(() -> c.resume(new Act.ProvideSupplement("", List.of(new Act.Upload("a.exe", "application/pdf",
                "MZ".getBytes()))), acting(hours(3)), file -> calls.add(file.fileName())),
                "processing.error.documentType");
        assertThat(calls).isEmpty();
        assertThat(c.isPaused()).isTrue();
    }

    // --- ends ---------------------------------------------------------------------------------------------------

    @Test
    void aRefusalAfterAppraisalStopsTheDossierWithTheRefusalSlip() {
        ProcessingCase c = running(APPRAISE);
        c.refuse(new Act.Refuse("Không đủ điều kiện"), acting(hours(2)), reason -> "slip:" + reason);
        assertThat(c.status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(c.isOpen()).isFalse();
        assertThat(c.endedAt()).isEqualTo(hours(2));
        assertThat(c.openStep()).isEmpty();
        assertThat(c.changes()).containsExactly(
                new Change.StepEnded(2, hours(2), "officer", "REFUSE", Timeliness.EARLY),
                new Change.Moved(DossierAction.STOP, HistoryDetail.builder("Từ chối giải quyết: Không đủ điều kiện")
                        .fromStep("Thẩm định").agency(WARD).attachment("slip:Không đủ điều kiện").build()));
        refused(() -> c.stop(new Act.Stop("Lần nữa"), acting(hours(3))), "processing.error.notRunning");
    }

    @Test
    void aTransferEndsTheStepAndOpensTheOtherAgencysPart() {
        ProcessingCase c = running(APPRAISE);
        StepRow part = transferred(5);
        c.transfer(new Act.Transfer(" " + JUSTICE + " ", "Đề nghị xác minh"), JUSTICE::equals, agency -> part,
                acting(hours(2)));
        assertThat(c.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        assertThat(c.openStep()).contains(part);
        assertThat(c.changes()).containsExactly(
                new Change.StepEnded(2, hours(2), "officer", "TRANSFER", Timeliness.EARLY),
                new Change.StepOpened(part),
                new Change.Moved(DossierAction.TRANSFER, HistoryDetail.builder("Đề nghị xác minh")
                        .fromStep("Thẩm định").toStep("Phối hợp").agency(JUSTICE).build()));
    }

    @Test
    void comingBackFromTheOtherAgencyIsATransferToo() {
        ProcessingCase c = running(transferred(5));
        c.forward(new Act.Forward("Đã xác minh", null), Optional.of(APPRAISE), acting(hours(2)));
        assertThat(c.changes()).last().isEqualTo(new Change.Moved(DossierAction.TRANSFER,
                HistoryDetail.builder("Đã xác minh").fromStep("Phối hợp").toStep("Thẩm định").agency(WARD).build()));
    }

    @Test
    void aTransferIsRefusedToAnUnknownAgencyToItsOwnAgencyAndFromAnotherAgencysPart() {
        ProcessingCase c = running(APPRAISE);
        Function<String, StepRow> part = agency -> transferred(5);
        refused(() -> c.transfer(new Act.Transfer("999.99.99.H63", "x"), JUSTICE::equals, part, acting(hours(1))),
                "processing.error.transferAgency");
        refused(() -> c.transfer(new Act.Transfer(WARD, "x"), a -> true, part, acting(hours(1))),
                "processing.error.transferAgency");
        refused(() -> c.transfer(new Act.Transfer(JUSTICE, ""), JUSTICE::equals, part, acting(hours(1))),
                "processing.error.reasonRequired");
        refused(() -> running(transferred(5, StepAction.FORWARD, StepAction.TRANSFER)).transfer(
                new Act.Transfer(CENTRE, "x"), a -> true, part, acting(hours(1))), "processing.error.nestedTransfer");
    }

    @Test
    void theResultIsReturnedOnlyOnceReadyAndByAKnownMethod() {
        refused(() -> running(APPRAISE).returnPoint(), "processing.error.noResultYet");
        refused(() -> running(APPRAISE).returnResult(new Act.ReturnResult("DESK", ""), acting(hours(1))),
                "processing.error.noResultYet");
        ProcessingCase c = resultReady();
        assertThat(c.returnPoint()).contains(RETURN);
        refused(() -> c.returnResult(new Act.ReturnResult("FAX", ""), acting(hours(5))),
                "processing.error.returnMethod");
        c.returnResult(new Act.ReturnResult("POST", "Đã gửi"), acting(hours(5)));
        assertThat(c.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(c.returnMethod()).isEqualTo(ProcessingCase.ReturnMethod.POST);
        assertThat(c.endedAt()).isEqualTo(hours(5));
        assertThat(c.changes()).containsExactly(
                new Change.StepEnded(4, hours(5), "officer", "RETURN_RESULT", Timeliness.EARLY),
                new Change.Moved(DossierAction.RETURN_RESULT, HistoryDetail.builder("Đã gửi").fromStep("Trả kết quả")
                        .agency(CENTRE).build()));
    }

    @Test
    void withoutAReturnStepTheReceivingDeskReturnsIt() {
        ProcessingCase c = running(DECIDE);
        c.approve(new Act.Approve("", new Act.Upload("kq.pdf", "application/pdf", PDF)), Optional.empty(),
                acting(hours(1)), (pdf, sign) -> result(sign));
        assertThat(c.returnPoint()).isEmpty();
        c.returnResult(new Act.ReturnResult("DESK", ""), acting(hours(2)));
        assertThat(c.changes()).last().isEqualTo(new Change.Moved(DossierAction.RETURN_RESULT,
                HistoryDetail.builder("").agency(CENTRE).build()));
    }

    @Test
    void aPausedDossierMayBeWithdrawnAndItsClockStopsForGood() {
        ProcessingCase c = paused(APPRAISE);
        c.withdraw(new Act.Withdraw("Công dân rút"), acting(hours(3)));
        assertThat(c.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(c.pausedSince()).isNull();
        assertThat(c.endedAt()).isEqualTo(hours(3));
        assertThat(c.changes()).containsSubsequence(
                new Change.StepEnded(2, hours(3), "officer", "WITHDRAW", Timeliness.EARLY),
                new Change.Moved(DossierAction.WITHDRAW, HistoryDetail.builder("Công dân rút").fromStep("Thẩm định")
                        .build()));
    }

    @Test
    void withdrawingAndStoppingNeedAReasonAndADossierInProgress() {
        refused(() -> running(APPRAISE).withdraw(new Act.Withdraw(" "), acting(hours(1))),
                "processing.error.reasonRequired");
        refused(() -> resultReady().withdraw(new Act.Withdraw("Rút"), acting(hours(5))),
                "processing.error.notRunning");
        refused(() -> resultReady().stop(new Act.Stop("Dừng"), acting(hours(5))), "processing.error.notRunning");
        ProcessingCase c = running(DECIDE);
        c.stop(new Act.Stop("Có văn bản đề nghị tạm dừng"), acting(hours(1)));
        assertThat(c.status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(c.changes()).last().isEqualTo(new Change.Moved(DossierAction.STOP,
                HistoryDetail.builder("Có văn bản đề nghị tạm dừng").fromStep("Phê duyệt").agency(WARD).build()));
    }

    // --- the apology --------------------------------------------------------------------------------------------

    @Test
    void anApologyMovesTheAppointmentOnceAndIssuesForm04() {
        ProcessingCase c = running(APPRAISE);
        assertThat(c.mayApologise()).isTrue();
        c.apologise(new Act.Apologise("Cần xác minh", 3, " " + JUSTICE), Set.of(JUSTICE), acting(hours(1)),
                previousDue -> "slip-04 from " + previousDue);
        Instant newDue = CALENDAR.plusWorkingTime(DUE, WorkingCalendar.WORKING_DAY.multipliedBy(3)).toInstant();
        assertThat(c.due()).isEqualTo(newDue);
        assertThat(c.apologyAt()).isEqualTo(hours(1));
        assertThat(c.apologyAgency()).isEqualTo(JUSTICE);
        assertThat(c.apologyReason()).isEqualTo("Cần xác minh");
        assertThat(c.mayApologise()).isFalse();
        assertThat(c.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        assertThat(c.changes()).containsExactly(
                new Change.Recorded("APOLOGY", HistoryDetail.builder("Cần xác minh").agency(JUSTICE)
                        .attachment("slip-04 from " + DUE).newDue(newDue).build()),
                new Change.Published(new ApologyIssued(c.dossierId(), "000.00.01.H63-261207-0001", newDue, JUSTICE,
                        hours(1))));
        refused(() -> c.apologise(new Act.Apologise("Lần hai", 2, WARD), Set.of(), acting(hours(2)), d -> "slip"),
                "processing.error.apologyOnce");
    }

    @Test
    void anApologyIsRefusedWhilePausedOutOfRangeForAnAgencyThatNeverHeldItAndTooLate() {
        refused(() -> paused(APPRAISE).apologise(new Act.Apologise("Chậm", 2, WARD), Set.of(), acting(hours(3)),
                d -> "slip"), "processing.error.notRunning");
        assertThat(paused(APPRAISE).mayApologise()).isFalse();
        ProcessingCase c = running(APPRAISE);
        refused(() -> c.apologise(new Act.Apologise("Chậm", 0, WARD), Set.of(), acting(hours(1)), d -> "slip"),
                "processing.error.extraDays");
        refused(() -> c.apologise(new Act.Apologise("Chậm", 61, WARD), Set.of(), acting(hours(1)), d -> "slip"),
                "processing.error.extraDays");
        refused(() -> c.apologise(new Act.Apologise("Chậm", 2, JUSTICE), Set.of(WARD), acting(hours(1)),
                d -> "slip"), "processing.error.causingAgency");
        refused(() -> c.apologise(new Act.Apologise("Chậm", 2, WARD), Set.of(),
                new ProcessingCase.Acting("officer", DUE.minus(Duration.ofHours(2)), agency -> CALENDAR),
                d -> "slip"), "processing.error.apologyTooLate");
        assertThat(c.apologyAt()).isNull();
        assertThat(c.due()).isEqualTo(DUE);
        assertThat(c.changes()).isEmpty();
    }

    // --- assignment and storing ---------------------------------------------------------------------------------

    @Test
    void anAssignmentGivesTheOpenStepToAnOfficerAndIsInternal() {
        ProcessingCase c = running(APPRAISE);
        assertThat(c.stepToAssign()).isEqualTo(APPRAISE);
        c.assign("ward.specialist");
        assertThat(c.openStep().orElseThrow().assignee()).isEqualTo("ward.specialist");
        assertThat(c.changes()).containsExactly(new Change.StepAssigned(2, "ward.specialist"),
                new Change.Recorded("ASSIGN", HistoryDetail.builder("ward.specialist").toStep("Thẩm định")
                        .agency(WARD).officersOnly().build()));
        c.assign(null);
        assertThat(c.openStep().orElseThrow().assignee()).isNull();
    }

    @Test
    void anEndedCaseHasNothingToAssign() {
        ProcessingCase c = running(DECIDE);
        c.stop(new Act.Stop("Dừng"), acting(hours(1)));
        refused(c::stepToAssign, "processing.error.nothingToAssign");
    }

    @Test
    void storingClearsTheChangesAndBumpsTheVersion() {
        ProcessingCase c = running(APPRAISE);
        int version = c.rowVersion();
        c.assign("ward.specialist");
        c.stored();
        assertThat(c.changes()).isEmpty();
        assertThat(c.rowVersion()).isEqualTo(version + 1);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** An hour count after Monday 08:00, in working time. */
    static Instant hours(int h) {
        return CALENDAR.plusWorkingTime(MONDAY, Duration.ofHours(h)).toInstant();
    }

    static ProcessingCase.Acting acting(Instant at) {
        return new ProcessingCase.Acting("officer", at, agency -> CALENDAR);
    }

    static DossierView dossier(DossierStatus status) {
        boolean received = status.isReceived();
        return new DossierView(UUID.nameUUIDFromBytes("dossier".getBytes()),
                received ? "000.00.01.H63-261207-0001" : null, "1.004884", 1, "Đăng ký lại khai sinh", "1.004884.1",
                status, Channel.IN_PERSON, CENTRE, WARD, "Hoàng Văn Nam", null, null, received ? MONDAY : null,
                received ? DUE : null);
    }

    /** A case in processing at {@code step}. */
    static ProcessingCase running(StepRow step) {
        ProcessingCase c = ProcessingCase.of(dossier(DossierStatus.RECEIVED), MONDAY).orElseThrow();
        c.start("Quy trình", step);
        c.stored();
        return c;
    }

    /** Paused at {@code step} since Monday 10:00. */
    static ProcessingCase paused(StepRow step) {
        ProcessingCase c = running(step);
        c.pauseForSupplement(new Act.RequestSupplement("Thiếu", List.of("Bản sao")), acting(hours(2)),
                (r, i) -> "slip");
        c.stored();
        return c;
    }

    /** The result issued at the leader's step, the return step open. */
    static ProcessingCase resultReady() {
        ProcessingCase c = running(DECIDE);
        c.approve(new Act.Approve("", new Act.Upload("kq.pdf", "application/pdf", PDF)), Optional.of(RETURN),
                acting(hours(4)), (pdf, sign) -> result(sign));
        c.stored();
        return c;
    }

    static ProcessingCase.Result result(boolean signed) {
        return new ProcessingCase.Result(UUID.randomUUID(), signed);
    }

    static Function<String, String> slip() {
        return reason -> "slip";
    }

    static StepRow step(long id, String name, Role role, String unit, StepAction... actions) {
        Instant due = CALENDAR.plusWorkingTime(MONDAY, WorkingCalendar.WORKING_DAY).toInstant();
        return new StepRow(id, UUID.nameUUIDFromBytes("dossier".getBytes()), StepPlanner.GENERIC, 1, (int) id - 1,
                name, role, unit.equals(CENTRE) ? WARD : unit, unit, null, 8 * 60, List.of(actions), MONDAY, due, 0,
                null, null, null, null, null);
    }

    /** The step of the Department of Justice's part, which returns to the appraisal. */
    static StepRow transferred(long id, StepAction... actions) {
        StepRow s = step(id, "Phối hợp", Role.SPECIALIST, JUSTICE,
                actions.length == 0 ? new StepAction[] {StepAction.FORWARD} : actions);
        return new StepRow(s.id(), s.dossierId(), StepPlanner.TRANSFER_PART, 1, 0, s.stepName(), s.role(), JUSTICE,
                JUSTICE, null, s.allottedMinutes(), s.actions(), s.startedAt(), s.due(), 0, null, null, null, null,
                new StepRow.ReturnPoint(StepPlanner.GENERIC, 1, 0, WARD));
    }

    static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RefusedInput.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(messageKey));
    }
}
