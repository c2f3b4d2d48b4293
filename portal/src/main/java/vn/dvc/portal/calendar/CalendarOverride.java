package vn.dvc.portal.calendar;

import java.time.LocalDate;
import java.util.List;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * A decision of the Centre that changes the computed calendar, with its legal basis.
 *
 * <p>Overrides are applied per year in this order: placements of movable holidays first, then the
 * others in list order (so a later override of the same date wins), then compensatory days are computed
 * afresh. See {@code docs/calendar.md}.
 */
public sealed interface CalendarOverride {

    /** The legal reference text, e.g. "Thông báo 6150/TB-BLĐTBXH ngày 15/11/2024". Not blank. */
    String legalReference();

    /** Why the change was made (free text, may be empty). */
    String reason();

    /** The calendar year the override belongs to. */
    int year();

    /** An extra day off declared by the Centre ({@link DayKind#DAY_OFF}). */
    record AddDayOff(LocalDate date, String name, String legalReference, String reason) implements CalendarOverride {
        public AddDayOff {
            OverrideChecks.date(date);
            RefusedInput.require(name, "name");
            OverrideChecks.basis(legalReference, reason);
        }

        @Override
        public int year() {
            return date.getYear();
        }
    }

    /**
     * A day that the computation would give off (holiday, compensatory day, declared day off) is worked
     * after all. It also cancels a compensatory day that would otherwise land on this date.
     * It does not turn a weekly rest day into a working day: use {@link MakeUpWorkingDay}.
     */
    record RemoveDayOff(LocalDate date, String legalReference, String reason) implements CalendarOverride {
        public RemoveDayOff {
            OverrideChecks.date(date);
            OverrideChecks.basis(legalReference, reason);
        }

        @Override
        public int year() {
            return date.getYear();
        }
    }

    /**
     * A make-up working day (ngày làm bù), typically a Saturday, worked with the hours of an ordinary
     * weekday of the schedule in force. Any day off on that date is removed.
     */
    record MakeUpWorkingDay(LocalDate date, String legalReference, String reason) implements CalendarOverride {
        public MakeUpWorkingDay {
            OverrideChecks.date(date);
            OverrideChecks.basis(legalReference, reason);
        }

        @Override
        public int year() {
            return date.getYear();
        }
    }

    /**
     * Confirms the placement of a movable holiday in {@code year}: with no dates, the proposed days are
     * confirmed as they are; with dates, those dates replace the proposed days (for
     * {@link MovableHoliday#NATIONAL_DAY_ADJACENT} they replace only the adjacent day: 2 September itself
     * is fixed by law).
     */
    record ConfirmPlacement(int year, MovableHoliday holiday, List<LocalDate> dates, String legalReference,
                            String reason) implements CalendarOverride {
        public ConfirmPlacement {
            OverrideChecks.year(year);
            RefusedInput.require(holiday, "holiday");
            dates = List.copyOf(RefusedInput.require(dates, "dates"));
            for (LocalDate date : dates) {
                if (date.getYear() != year) {
                    throw new InvalidRequestParameter("dates", date + " is not in " + year);
                }
            }
            if (dates.stream().distinct().count() != dates.size()) {
                throw new InvalidRequestParameter("dates", "dates repeat: " + dates);
            }
            OverrideChecks.basis(legalReference, reason);
        }

        /** Confirms the system's proposed days as they are. */
        public static ConfirmPlacement asProposed(int year, MovableHoliday holiday, String legalReference) {
            return new ConfirmPlacement(year, holiday, List.of(), legalReference, "");
        }
    }
}
