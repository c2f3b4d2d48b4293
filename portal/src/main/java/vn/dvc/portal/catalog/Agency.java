package vn.dvc.portal.catalog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An agency (cơ quan, đơn vị) of the catalogue, as valid over a period. A renamed, merged or split agency keeps
 * its record: it gets a {@link #validTo()} and {@link #successorCode() successor}, so its code, its past
 * dossiers and its statistics stay resolvable.
 *
 * @param code           identifier code in the QCVN 102:2016 form, e.g. {@code 000.00.15.H63} (segments may
 *                       hold letters)
 * @param name           the full official name, e.g. "Sở Tư pháp tỉnh Yên Bái"
 * @param shortName      the short name, e.g. "Sở Tư pháp"
 * @param level          the government level (data: province, department, commune, one-stop unit …)
 * @param parentCode     the parent agency's code, null for the root (the province's People's Committee)
 * @param address        postal address
 * @param phone          phone number
 * @param email          e-mail address
 * @param scheduleCode   its opening-hours schedule in the working-time calendar (e.g. {@code TIEU_CHUAN})
 * @param receivingPoint whether it receives dossiers (a service centre or one-stop desk), as distinct from
 *                       being competent for them
 * @param qaContact      the designated contact for questions and feedback (QA-7), if registered
 * @param validFrom      first day of validity
 * @param validTo        last day of validity, null while current
 * @param successorCode  the agency that took over (merger, split, rename), null if none
 */
public record Agency(String code, String name, String shortName, AgencyLevel level, @Nullable String parentCode,
                     String address, String phone, String email, String scheduleCode, boolean receivingPoint,
                     @Nullable QaContact qaContact, LocalDate validFrom, @Nullable LocalDate validTo,
                     @Nullable String successorCode) {

    /** Whether the agency exists on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * The designated Q&amp;A contact of an agency (Art. 20.9.c).
     *
     * @param name  full name
     * @param title position, e.g. "Chuyên viên Văn phòng Sở"
     * @param phone phone number
     * @param email e-mail address
     */
    public record QaContact(String name, String title, String phone, String email) {
    }
}
