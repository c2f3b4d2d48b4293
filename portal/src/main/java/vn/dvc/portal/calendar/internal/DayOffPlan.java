package vn.dvc.portal.calendar.internal;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Set;

import vn.dvc.portal.calendar.NonWorkingDay;

/**
 * The days off of one year that do not depend on an agency's opening hours (holidays, compensatory
 * days, declared days off) and the make-up working days, after the Centre's overrides.
 *
 * @param daysOff     by date
 * @param makeUpDays  days worked with ordinary weekday hours although the schedule would close them
 */
record DayOffPlan(NavigableMap<LocalDate, NonWorkingDay> daysOff, Set<LocalDate> makeUpDays) {
}
