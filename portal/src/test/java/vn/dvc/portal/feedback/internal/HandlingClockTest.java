package vn.dvc.portal.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.calendar.Standing;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingHours;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The legal clock of Art. 19.2 with fixed instants on the province's default hours (Mon–Fri 07:30–11:30,
 * 13:00–17:00): 8 working hours to forward, 3 / 5 / 10 working days to answer, 1 working day to return,
 * holidays skipped.
 */
class HandlingClockTest {

    static final HandlingClock CLOCK = HandlingClock.of(WorkingCalendar.of(WorkingHours.provinceDefault(), List.of()));

    static Instant at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
    }

    static Question received(String at) {
        return Question.received(UUID.randomUUID(), "PA-2026-000001", Question.Kind.QUESTION, UUID.randomUUID(), null,
                null, null, null, null, "Thủ tục khai sinh", "Tôi muốn hỏi về thủ tục đăng ký khai sinh.", at(at), CLOCK);
    }

    static Question forwarded(String at, List<String> co) {
        return received("2026-03-02T08:00:00").forward("000.00.15.H63", co, Question.Kind.QUESTION, null, null, at(at),
                CLOCK);
    }

    @Test
    void theCentreHasEightWorkingHoursAndForwardingOneMinuteLaterIsLate() {
        Question q = received("2026-03-02T08:00:00");
        // Mon 08:00–11:30 (3.5 h) + 13:00–17:00 (4 h) = 7.5 h, then 0.5 h on Tuesday
        assertThat(q.forwardDueAt()).isEqualTo(at("2026-03-03T08:00:00"));

        Question onTime = q.forward("000.00.15.H63", List.of(), Question.Kind.QUESTION, null, null,
                at("2026-03-03T08:00:00"), CLOCK);
        Question late = q.forward("000.00.15.H63", List.of(), Question.Kind.QUESTION, null, null,
                at("2026-03-03T08:01:00"), CLOCK);
        assertThat(onTime.forwardedLate()).isFalse();
        assertThat(late.forwardedLate()).isTrue();
        assertThat(CLOCK.standing(q, at("2026-03-03T08:01:00"))).isEqualTo(Standing.OVERDUE);
        assertThat(CLOCK.standing(q, at("2026-03-03T07:45:00"))).isEqualTo(Standing.DUE_SOON);
        // forwarding is "due soon" in its last 2 working hours
        assertThat(CLOCK.standing(q, at("2026-03-02T08:00:00"))).isEqualTo(Standing.ON_TIME);
        assertThat(CLOCK.standing(q, at("2026-03-02T15:30:00"))).isEqualTo(Standing.DUE_SOON);
    }

    @Test
    void questionsAreReceivedOnWeekendsAndTheClockStartsOnMonday() {
        Question q = received("2026-03-07T10:00:00");
        assertThat(q.forwardDueAt()).isEqualTo(at("2026-03-09T17:00:00"));
        assertThat(CLOCK.standing(q, at("2026-03-07T10:00:00"))).isEqualTo(Standing.ON_TIME);
    }

    @Test
    void theAgencyHasThreeWorkingDaysOrFiveWhenSectorsCoordinate() {
        Question single = forwarded("2026-03-03T08:00:00", List.of());
        assertThat(single.answerDueAt()).isEqualTo(at("2026-03-06T08:00:00"));

        Question coordinated = forwarded("2026-03-03T08:00:00", List.of("000.00.20.H63"));
        assertThat(coordinated.coAgencies()).containsExactly("000.00.20.H63");
        assertThat(coordinated.answerDueAt()).isEqualTo(at("2026-03-10T08:00:00"));

        // naming the answering agency itself as co-agency is no coordination
        assertThat(forwarded("2026-03-03T08:00:00", List.of("000.00.15.H63")).answerDueAt())
                .isEqualTo(at("2026-03-06T08:00:00"));
    }

    @Test
    void tenWorkingDaysOnlyAfterAnInterimReply() {
        Question q = forwarded("2026-03-03T08:00:00", List.of());
        assertThatThrownBy(() -> q.extend("  ", at("2026-03-04T09:00:00"), CLOCK))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("feedback.error.interimReply.required"));

        Question extended = q.extend("Câu hỏi cần xác minh hồ sơ lưu trữ; cơ quan sẽ trả lời trước ngày 17/3.",
                at("2026-03-04T09:00:00"), CLOCK);
        assertThat(extended.answerDueAt()).isEqualTo(at("2026-03-17T08:00:00"));
        assertThat(extended.interimReplyAt()).isEqualTo(at("2026-03-04T09:00:00"));
        assertThatThrownBy(() -> extended.extend("Lần nữa", at("2026-03-05T09:00:00"), CLOCK))
                .isInstanceOf(RefusedInput.class);
    }

    @Test
    void anAgencyThatIsNotCompetentReturnsWithinOneWorkingDay() {
        Question q = forwarded("2026-03-03T08:00:00", List.of());
        assertThat(q.returnDueAt()).isEqualTo(at("2026-03-04T08:00:00"));
        assertThat(q.returnLate(at("2026-03-04T08:00:00"))).isFalse();
        assertThat(q.returnLate(at("2026-03-04T08:01:00"))).isTrue();

        assertThatThrownBy(() -> q.returnToCentre("", at("2026-03-03T09:00:00"), CLOCK))
                .isInstanceOf(RefusedInput.class);
        Question returned = q.returnToCentre("Không thuộc thẩm quyền của Sở Tư pháp", at("2026-03-03T09:00:00"),
                CLOCK);
        assertThat(returned.stage()).isEqualTo(Question.Stage.RETURNED);
        assertThat(returned.agencyCode()).isNull();
        // the Centre has 8 working hours again to re-route
        assertThat(returned.forwardDueAt()).isEqualTo(at("2026-03-04T09:00:00"));
    }

    @Test
    void deadlinesSkipTheHolidaysOf30AprilAnd1May() {
        // Wed 29/4/2026 15:00: 2 h that day; Thu 30/4 and Fri 1/5 are holidays, then the weekend
        Question q = received("2026-04-29T15:00:00");
        assertThat(q.forwardDueAt()).isEqualTo(at("2026-05-04T15:00:00"));
        // forwarded on Wed 29/4 at 16:00: 1 h + Mon 4/5 and Tue 5/5 (16 h) + 7 h on Wed 6/5 → 16:00
        Question f = q.forward("000.00.15.H63", List.of(), Question.Kind.QUESTION, null, null,
                at("2026-04-29T16:00:00"), CLOCK);
        assertThat(f.answerDueAt()).isEqualTo(at("2026-05-06T16:00:00"));
    }

    @Test
    void deadlinesSkipTet() {
        // Tết Bính Ngọ 2026: the days off around 17/2/2026 (1/1 lunar)
        Instant friday = at("2026-02-13T16:00:00");
        Question q = received("2026-02-13T16:00:00");
        WorkingCalendar calendar = CLOCK.centre();
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2026, 2, 17))).isFalse();
        assertThat(q.forwardDueAt()).isAfter(at("2026-02-21T00:00:00"));
        assertThat(calendar.workingTimeBetween(friday, q.forwardDueAt())).isEqualTo(java.time.Duration.ofHours(8));
    }

    @Test
    void answeredItemsAreClassifiedAgainstTheAnswerDeadline() {
        Question q = forwarded("2026-03-03T08:00:00", List.of()).answerDrafted();
        assertThat(CLOCK.standing(q.answerApproved(at("2026-03-04T10:00:00")), at("2026-03-10T10:00:00")))
                .isEqualTo(Standing.DONE_EARLY);
        assertThat(CLOCK.standing(q.answerApproved(at("2026-03-06T08:30:00")), at("2026-03-10T10:00:00")))
                .isEqualTo(Standing.DONE_LATE);
        assertThatThrownBy(() -> q.answerDrafted()).isInstanceOf(RefusedInput.class);
    }
}
