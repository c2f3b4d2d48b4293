package vn.dvc.portal.calendar;

/** Why a day is not worked. */
public enum DayKind {
    /** A weekly rest day: the agency's schedule has no opening hours that weekday (nghỉ hằng tuần). */
    WEEKEND,
    /** A statutory public holiday of the Labour Code 2019, Art. 112 (ngày nghỉ lễ, tết). */
    HOLIDAY,
    /** A day off given because a holiday fell on Saturday or Sunday (nghỉ bù). */
    COMPENSATORY,
    /** A day off declared by the Centre (e.g. a day swapped with a make-up Saturday). */
    DAY_OFF
}
