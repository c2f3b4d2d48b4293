/**
 * Working-time calendar: the one place where the portal turns a legal allowance ("5 ngày làm việc",
 * "8 giờ làm việc", "15 ngày") into a due instant (hạn xử lý), and back into remaining time.
 *
 * <p>Public API of the module:
 * <ul>
 *   <li>{@link vn.dvc.portal.calendar.WorkingCalendar}: due dates, working time between instants,
 *       remaining time, "due soon", timeliness of a finished item, and the non-working days of a year;</li>
 *   <li>{@link vn.dvc.portal.calendar.Countdown}: a due instant that can be paused (tạm dừng) and resumed;</li>
 *   <li>{@link vn.dvc.portal.calendar.WorkingHours}: the opening hours of an agency, per weekday and season;</li>
 *   <li>{@link vn.dvc.portal.calendar.CalendarOverride}: the Centre's decisions (days off, make-up working days,
 *       confirmed placement of Tết and of the day beside 2/9);</li>
 *   <li>{@link vn.dvc.portal.calendar.LunarCalendar}: the Vietnamese lunar calendar (âm lịch, UTC+7).</li>
 * </ul>
 * Everything here is plain Java: build the objects from data with their static factories.
 * The rules are explained in {@code docs/calendar.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-time calendar")
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.calendar;
