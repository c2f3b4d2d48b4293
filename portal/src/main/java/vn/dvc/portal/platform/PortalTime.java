package vn.dvc.portal.platform;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The portal's time zone and the Vietnamese ways of writing a date and a time, in one place (DESIGN.md: instants
 * are stored as {@code timestamptz} and shown in Asia/Ho_Chi_Minh). Every formatter carries the zone, so it
 * formats an {@link java.time.Instant} directly (a date-time of another zone is converted to this one); a
 * {@link java.time.LocalDate} formats as it is. Templates write the same patterns with {@code #temporals}.
 */
public final class PortalTime {

    /** Asia/Ho_Chi_Minh (+07:00, no daylight saving): the zone of every day, opening hour and shown instant. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** {@code 25/12/2026}. */
    public static final DateTimeFormatter DATE = pattern("dd/MM/yyyy");
    /** {@code 08:30 25/12/2026}: tables, lists and short texts (an SMS). */
    public static final DateTimeFormatter TIME_DATE = pattern("HH:mm dd/MM/yyyy");
    /** {@code 08:30 ngày 25/12/2026}: an instant within a Vietnamese sentence. */
    public static final DateTimeFormatter TIME_ON_DATE = pattern("HH:mm 'ngày' dd/MM/yyyy");
    /** {@code 08:30, 25/12/2026}: the same within an English sentence. */
    public static final DateTimeFormatter TIME_ON_DATE_ENGLISH = pattern("HH:mm, dd/MM/yyyy");
    /** {@code 08 giờ 30 phút, ngày 25/12/2026}: an instant printed on a slip (the forms of Circular 01/2018). */
    public static final DateTimeFormatter SLIP_TIME = pattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");
    /** {@code ngày 25 tháng 12 năm 2026}: the place-and-date line of a slip. */
    public static final DateTimeFormatter SLIP_DATE_LINE = pattern("'ngày' dd 'tháng' MM 'năm' yyyy");
    /** {@code 2026-12-25T08:30:00+07:00}: an instant in the API. */
    public static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

    private PortalTime() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withZone(ZONE);
    }
}
