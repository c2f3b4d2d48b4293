package vn.dvc.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of the lunar calendar, each checked on 1,000 random dates or years 1900–2100. */
class LunarCalendarPropertyTest {

    private final LunarCalendar lunar = LunarCalendar.vietnamese();

    private static LocalDate date(SplittableRandom random) {
        return LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1900, 1, 1).toEpochDay(),
                LocalDate.of(2100, 12, 30).toEpochDay() + 1));
    }

    @Test
    void solarToLunarAndBackIsTheIdentity() {
        Trials.run(1_000, random -> {
            LocalDate date = date(random);
            assertThat(lunar.toSolar(lunar.toLunar(date))).as(date.toString()).isEqualTo(date);
        });
    }

    @Test
    void theNextDayIsTheNextLunarDayOrTheFirstOfANewMonth() {
        Trials.run(1_000, random -> {
            LocalDate date = date(random);
            LunarDate today = lunar.toLunar(date);
            LunarDate tomorrow = lunar.toLunar(date.plusDays(1));
            if (tomorrow.day() == 1) {
                assertThat(today.day()).as(date.toString()).isIn(29, 30);
                if (tomorrow.leap()) {
                    assertThat(tomorrow.month()).isEqualTo(today.month());
                } else {
                    assertThat(tomorrow.month()).isEqualTo(today.month() % 12 + 1);
                    assertThat(tomorrow.year()).isEqualTo(today.month() == 12 ? today.year() + 1 : today.year());
                }
            } else {
                assertThat(tomorrow).as(date.toString())
                        .isEqualTo(new LunarDate(today.day() + 1, today.month(), today.year(), today.leap()));
            }
        });
    }

    @Test
    void tetFallsBetween21JanuaryAnd20FebruaryEveryYear() {
        for (int year = 1900; year <= 2100; year++) {
            assertThat(lunar.newYear(year)).as("Tết %d", year)
                    .isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
        }
    }

    @Test
    void aLunarYearHasTwelveOrThirteenMonthsEveryYear() {
        for (int year = 1900; year <= 2099; year++) {
            long days = lunar.newYear(year + 1).toEpochDay() - lunar.newYear(year).toEpochDay();
            assertThat(days).as("lunar year %d", year).isIn(353L, 354L, 355L, 383L, 384L, 385L);
        }
    }
}
