package vn.dvc.portal.calendar;

import java.time.LocalDate;
import vn.dvc.portal.platform.RefusedInput;

/**
 * A day on which an agency does not work, with the reason.
 *
 * @param date   the day
 * @param kind   weekend, holiday, compensatory day or Centre-declared day off
 * @param name   Vietnamese name, e.g. "Tết Nguyên đán", "Quốc khánh", "Nghỉ bù", "Nghỉ hằng tuần"
 * @param status {@link DayStatus#PROPOSED} until the Centre confirms the placement
 */
public record NonWorkingDay(LocalDate date, DayKind kind, String name, DayStatus status) {

    public NonWorkingDay {
        RefusedInput.require(date, "date");
        RefusedInput.require(kind, "kind");
        RefusedInput.require(name, "name");
        RefusedInput.require(status, "status");
    }
}
