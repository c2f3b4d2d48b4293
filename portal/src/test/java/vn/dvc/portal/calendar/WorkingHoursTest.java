package vn.dvc.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.dvc.portal.platform.RefusedInput;

class WorkingHoursTest {

    @Test
    void provinceDefaultIsEightHoursMondayToFriday() {
        WeeklySchedule week = WorkingHours.provinceDefault().standard();
        assertThat(week.intervals(DayOfWeek.MONDAY))
                .containsExactly(WorkingInterval.parse("07:30-11:30"), WorkingInterval.parse("13:00–17:00"));
        assertThat(week.hours(DayOfWeek.FRIDAY)).isEqualTo(Duration.ofHours(8));
        assertThat(week.intervals(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(week.intervals(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void agencyVariantAlsoWorksSaturdayMorning() {
        WeeklySchedule week = WorkingHours.withSaturdayMorning().standard();
        assertThat(week.intervals(DayOfWeek.SATURDAY)).containsExactly(WorkingHours.MORNING);
        assertThat(week.hours(DayOfWeek.SATURDAY)).isEqualTo(Duration.ofHours(4));
        assertThat(week.intervals(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void intervalsMustBeOrderedAndDisjoint() {
        WorkingInterval morning = WorkingInterval.parse("07:30-11:30");
        WorkingInterval overlapping = WorkingInterval.parse("11:00-17:00");
        assertThatThrownBy(() -> WeeklySchedule.mondayToFriday(morning, overlapping))
                .isInstanceOf(RefusedInput.class)
                .hasMessageContaining("must not overlap")
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("intervals");
        assertThatThrownBy(() -> WeeklySchedule.mondayToFriday(WorkingHours.AFTERNOON, morning))
                .isInstanceOf(RefusedInput.class);
        // touching intervals are allowed
        assertThat(WeeklySchedule.mondayToFriday(morning, WorkingInterval.parse("11:30-12:00"))
                .hours(DayOfWeek.MONDAY)).isEqualTo(Duration.ofMinutes(270));
    }

    @Test
    void anIntervalEndsAfterItStarts() {
        assertThatThrownBy(() -> new WorkingInterval(LocalTime.of(17, 0), LocalTime.of(13, 0)))
                .isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("end");
        assertThatThrownBy(() -> WorkingInterval.parse("07:30")).isInstanceOf(RefusedInput.class);
        assertThatThrownBy(() -> WorkingInterval.parse("7h30-11h30")).isInstanceOf(RefusedInput.class);
    }

    @Test
    void aWeekNeedsSomeOpeningHours() {
        assertThatThrownBy(() -> new WeeklySchedule(Map.of()))
                .isInstanceOf(RefusedInput.class)
                .hasMessageContaining("at least one day");
    }

    @Test
    void seasonalHoursApplyInsideTheirPeriodIncludingOverTheNewYear() {
        WeeklySchedule summer = WeeklySchedule.mondayToFriday(WorkingInterval.parse("07:00-11:30"),
                WorkingInterval.parse("13:30-17:00"));
        WeeklySchedule winter = WeeklySchedule.mondayToFriday(WorkingInterval.parse("07:30-11:30"),
                WorkingInterval.parse("13:00-17:00"));
        WorkingHours hours = new WorkingHours(WorkingHours.provinceDefault().standard(), List.of(
                new SeasonalHours("Giờ mùa hè", MonthDay.of(5, 1), MonthDay.of(9, 30), summer),
                new SeasonalHours("Giờ mùa đông", MonthDay.of(11, 15), MonthDay.of(2, 15), winter)));
        assertThat(hours.scheduleOn(LocalDate.of(2025, 5, 1))).isSameAs(summer);
        assertThat(hours.scheduleOn(LocalDate.of(2025, 9, 30))).isSameAs(summer);
        assertThat(hours.scheduleOn(LocalDate.of(2025, 10, 1))).isSameAs(hours.standard());
        assertThat(hours.scheduleOn(LocalDate.of(2025, 12, 31))).isSameAs(winter);
        assertThat(hours.scheduleOn(LocalDate.of(2026, 1, 1))).isSameAs(winter);
        assertThat(hours.scheduleOn(LocalDate.of(2026, 2, 16))).isSameAs(hours.standard());
    }

    @Test
    void seasonsMustNotOverlap() {
        WeeklySchedule week = WorkingHours.provinceDefault().standard();
        WorkingHours hours = WorkingHours.provinceDefault()
                .withSeason(new SeasonalHours("Hè", MonthDay.of(5, 1), MonthDay.of(9, 30), week));
        assertThatThrownBy(() -> hours.withSeason(new SeasonalHours("Đông", MonthDay.of(9, 30), MonthDay.of(3, 31), week)))
                .isInstanceOf(RefusedInput.class)
                .hasMessageContaining("--09-30")
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("seasons");
    }

    @Test
    void ordinaryWeekdayIsMondaysHours() {
        WeeklySchedule week = WorkingHours.withSaturdayMorning().standard()
                .with(DayOfWeek.MONDAY)
                .with(DayOfWeek.TUESDAY, WorkingInterval.parse("08:00-12:00"));
        assertThat(week.ordinaryWeekday()).containsExactly(WorkingInterval.parse("08:00-12:00"));
        assertThat(WorkingHours.provinceDefault().standard().ordinaryWeekday())
                .containsExactly(WorkingHours.MORNING, WorkingHours.AFTERNOON);
    }
}
