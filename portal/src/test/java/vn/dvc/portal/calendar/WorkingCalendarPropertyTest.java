package vn.dvc.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the working-time clock (#3 acceptance), each checked on 1,000 random cases (starts in
 * 2024–2029, two calendars: the province's and a Saturday-morning agency with summer hours and overrides).
 */
class WorkingCalendarPropertyTest {

    private static final int TRIES = 1_000;

    private static final String REF = "test";
    private static final WorkingCalendar PROVINCE = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());
    /** Saturday mornings, summer hours, the 2025 swap and a confirmed Tết. */
    private static final WorkingCalendar AGENCY = WorkingCalendar.of(
            WorkingHours.withSaturdayMorning().withSeason(new SeasonalHours("Hè", MonthDay.of(5, 1), MonthDay.of(9, 30),
                    WeeklySchedule.mondayToFriday(WorkingInterval.parse("07:00-11:30"), WorkingInterval.parse("13:30-17:00")))),
            List.of(new CalendarOverride.AddDayOff(LocalDate.of(2025, 5, 2), "Nghỉ", REF, ""),
                    new CalendarOverride.MakeUpWorkingDay(LocalDate.of(2025, 4, 26), REF, ""),
                    CalendarOverride.ConfirmPlacement.asProposed(2026, MovableHoliday.TET, REF)));

    private static Instant instant(SplittableRandom random) {
        long from = OffsetDateTime.parse("2024-06-01T00:00+07:00").toEpochSecond();
        long to = OffsetDateTime.parse("2029-06-30T00:00+07:00").toEpochSecond();
        long seconds = random.nextLong(from, to + 1);
        int nanos = random.nextBoolean() ? 0 : random.nextInt(1_000_000_000);
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static WorkingCalendar calendar(SplittableRandom random) {
        return random.nextBoolean() ? PROVINCE : AGENCY;
    }

    private static Allowance workingAllowance(SplittableRandom random) {
        return random.nextBoolean()
                ? Allowance.workingDays(random.nextInt(0, 61))
                : Allowance.workingHours(random.nextInt(0, 501));
    }

    private static int between(SplittableRandom random, int min, int max) {
        return random.nextInt(min, max + 1);
    }

    @Test
    void workingTimeFromStartToDueIsTheAllowance() {
        Trials.run(TRIES, random -> {
            WorkingCalendar calendar = calendar(random);
            Instant start = instant(random);
            Allowance allowance = workingAllowance(random);
            Instant due = calendar.due(start, allowance).toInstant();
            assertThat(calendar.workingTimeBetween(start, due)).isEqualTo(allowance.workingTime());
            assertThat(due).isAfterOrEqualTo(start);
        });
    }

    @Test
    void dueIsTheEarliestSuchInstant() {
        Trials.run(TRIES, random -> {
            WorkingCalendar calendar = calendar(random);
            Instant start = instant(random);
            int hours = between(random, 1, 400);
            Instant due = calendar.due(start, Allowance.workingHours(hours)).toInstant();
            Instant justBefore = due.minusNanos(1);
            assertThat(calendar.workingTimeBetween(justBefore, due)).isEqualTo(Duration.ofNanos(1));
        });
    }

    @Test
    void dueIsMonotonicInTheAmount() {
        Trials.run(TRIES, random -> {
            WorkingCalendar calendar = calendar(random);
            Instant start = instant(random);
            int a = between(random, 0, 300);
            int b = between(random, 0, 300);
            Instant dueA = calendar.due(start, Allowance.workingHours(Math.min(a, b))).toInstant();
            Instant dueB = calendar.due(start, Allowance.workingHours(Math.max(a, b))).toInstant();
            if (a == b) {
                assertThat(dueA).isEqualTo(dueB);
            } else {
                assertThat(dueA).isBefore(dueB);
            }
            Instant calendarA = calendar.due(start, Allowance.calendarDays(Math.min(a, b))).toInstant();
            Instant calendarB = calendar.due(start, Allowance.calendarDays(Math.max(a, b))).toInstant();
            assertThat(calendarA).isBeforeOrEqualTo(calendarB);
        });
    }

    @Test
    void dueIsMonotonicInTheStart() {
        Trials.run(TRIES, random -> {
            WorkingCalendar calendar = calendar(random);
            Instant a = instant(random);
            Instant b = instant(random);
            Allowance allowance = workingAllowance(random);
            Instant earlier = a.isBefore(b) ? a : b;
            Instant later = a.isBefore(b) ? b : a;
            assertThat(calendar.due(earlier, allowance).toInstant())
                    .isBeforeOrEqualTo(calendar.due(later, allowance).toInstant());
        });
    }

    @Test
    void dueOfNothingIsTheNextWorkingInstant() {
        Trials.run(TRIES, random -> {
            WorkingCalendar calendar = calendar(random);
            Instant start = instant(random);
            OffsetDateTime next = calendar.due(start, Allowance.workingDays(0));
            assertThat(next).isEqualTo(calendar.nextWorkingInstant(start)).isEqualTo(calendar.due(start, Allowance.workingHours(0)));
            assertThat(next.toInstant()).isAfterOrEqualTo(start);
            assertThat(calendar.workingTimeBetween(start, next.toInstant())).isZero();
            // work goes on right there
            assertThat(calendar.workingTimeBetween(next.toInstant(), next.toInstant().plusNanos(1))).isEqualTo(Duration.ofNanos(1));
            assertThat(calendar.isWorkingDay(next.toLocalDate())).isTrue();
        });
    }

    @Test
    void workingTimeIsAdditiveAndAntisymmetric() {
        Trials.run(TRIES, random -> {
            WorkingCalendar calendar = calendar(random);
            Instant a = instant(random);
            Instant b = instant(random);
            Instant c = instant(random);
            Duration ab = calendar.workingTimeBetween(a, b);
            assertThat(ab.plus(calendar.workingTimeBetween(b, c))).isEqualTo(calendar.workingTimeBetween(a, c));
            assertThat(calendar.workingTimeBetween(b, a)).isEqualTo(ab.negated());
            assertThat(ab.isNegative()).isEqualTo(b.isBefore(a) && !ab.isZero());
        });
    }

    @Test
    void addingInStepsEqualsAddingAtOnce() {
        Trials.run(TRIES, random -> {
            WorkingCalendar calendar = calendar(random);
            Instant start = instant(random);
            int first = between(random, 1, 200);
            int second = between(random, 0, 200);
            OffsetDateTime atOnce = calendar.due(start, Allowance.workingHours(first + second));
            OffsetDateTime inSteps = calendar.plusWorkingTime(calendar.due(start, Allowance.workingHours(first)).toInstant(),
                    Duration.ofHours(second));
            assertThat(inSteps).isEqualTo(atOnce);
        });
    }

    @Test
    void calendarDaysEndAtCloseOfBusinessOfAWorkingDay() {
        Trials.run(TRIES, random -> {
            WorkingCalendar calendar = calendar(random);
            Instant start = instant(random);
            int days = between(random, 0, 400);
            OffsetDateTime due = calendar.due(start, Allowance.calendarDays(days));
            LocalDate counted = calendar.nextWorkingInstant(start).toLocalDate();
            assertThat(calendar.isWorkingDay(due.toLocalDate())).isTrue();
            assertThat(due.toLocalDate()).isAfterOrEqualTo(counted.plusDays(days));
            // every day between the nominal date and the due date is a day off
            for (LocalDate day = counted.plusDays(days); day.isBefore(due.toLocalDate()); day = day.plusDays(1)) {
                assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
            }
            // nothing is worked after the due instant that day
            Instant midnight = due.toLocalDate().plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
            assertThat(calendar.workingTimeBetween(due.toInstant(), midnight)).isZero();
        });
    }

    @Test
    void aPauseMovesTheDueInstantByThePausedWorkingTime() {
        Trials.run(TRIES, random -> {
            WorkingCalendar calendar = calendar(random);
            Instant start = instant(random);
            int days = between(random, 1, 30);
            int pauseAfterMinutes = between(random, 0, 20_000);
            int pauseMinutes = between(random, 0, 20_000);
            Countdown countdown = Countdown.start(start, calendar.due(start, Allowance.workingDays(days)));
            Instant pausedAt = start.plusSeconds(60L * pauseAfterMinutes);
            Instant resumedAt = pausedAt.plusSeconds(60L * pauseMinutes);
            Countdown resumed = countdown.pause(pausedAt).resume(resumedAt, calendar);
            Duration paused = calendar.workingTimeBetween(pausedAt, resumedAt);
            assertThat(resumed.pausedWorkingTime()).isEqualTo(paused);
            assertThat(calendar.workingTimeBetween(countdown.due().toInstant(), resumed.due().toInstant())).isEqualTo(paused);
            assertThat(resumed.remaining(resumedAt, calendar)).isEqualTo(countdown.remaining(pausedAt, calendar));
        });
    }

    /**
     * A deliberately naive model: walk minute by minute and count the minutes that lie inside the
     * province hours on a day that is not listed as non-working.
     */
    @Test
    void agreesWithAMinuteByMinuteModel() {
        Trials.run(300, random -> {
            Instant rawStart = instant(random);
            int hours = between(random, 0, 24);
            Instant start = rawStart.minusNanos(rawStart.getNano()).minusSeconds(rawStart.getEpochSecond() % 60);
            LocalDateTime local = LocalDateTime.ofInstant(start, WorkingCalendar.ZONE);
            Set<LocalDate> daysOff = IntStream.of(local.getYear(), local.getYear() + 1)
                    .boxed().flatMap(year -> PROVINCE.nonWorkingDays(year).stream())
                    .map(NonWorkingDay::date).collect(Collectors.toSet());
            LocalDateTime cursor = local;
            if (hours == 0) {
                while (!isWorkingMinute(cursor, daysOff)) {
                    cursor = cursor.plusMinutes(1);
                }
            } else {
                long minutesToWork = hours * 60L;
                while (minutesToWork > 0) {
                    if (isWorkingMinute(cursor, daysOff)) {
                        minutesToWork--;
                    }
                    cursor = cursor.plusMinutes(1);
                }
            }
            OffsetDateTime expected = cursor.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
            assertThat(PROVINCE.due(start, Allowance.workingHours(hours))).isEqualTo(expected);
        });
    }

    private static boolean isWorkingMinute(LocalDateTime minute, Set<LocalDate> daysOff) {
        if (daysOff.contains(minute.toLocalDate())) {
            return false;
        }
        LocalTime time = minute.toLocalTime();
        return inside(time, WorkingHours.MORNING) || inside(time, WorkingHours.AFTERNOON);
    }

    private static boolean inside(LocalTime time, WorkingInterval interval) {
        return !time.isBefore(interval.start()) && time.isBefore(interval.end());
    }
}
