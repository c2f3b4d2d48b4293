package vn.dvc.portal.identity;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.RefusedInput;

/**
 * A citizen ID number (số định danh cá nhân, printed on the CCCD card): 12 digits — the 3-digit code of the
 * province of birth registration, one digit for century and sex, the last two digits of the year of birth
 * and 6 random digits (Decree 137/2015/NĐ-CP, Circular 07/2016/TT-BCA). It is secret-ish personal data:
 * {@link #toString()} shows only the last 4 digits; store it only as a keyed hash.
 */
public final class CitizenIdNumber {

    /** Province codes of Circular 07/2016/TT-BCA (the 63 provinces before the 2025 mergers). */
    static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
            "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084",
            "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private final String digits;

    private CitizenIdNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Parses and checks a number as typed (spaces and dots are ignored).
     *
     * @param text        what the user typed
     * @param dateOfBirth when known, the year of birth encoded in the number must match it
     * @throws RefusedInput field {@code citizenId}, reason {@code required}, {@code format},
     *                                   {@code province} or {@code birthYear}
     */
    public static CitizenIdNumber parse(@Nullable String text, @Nullable LocalDate dateOfBirth) {
        if (text == null || text.isBlank()) {
            throw RefusedInput.of("citizenId", "identity.error.citizenId.required");
        }
        String digits = text.replaceAll("[\\s.]", "");
        if (!digits.matches("[0-9]{12}")) {
            throw RefusedInput.of("citizenId", "identity.error.citizenId.format");
        }
        if (!PROVINCES.contains(digits.substring(0, 3))) {
            throw RefusedInput.of("citizenId", "identity.error.citizenId.province");
        }
        if (dateOfBirth != null) {
            int centuryDigit = digits.charAt(3) - '0';
            int year = 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(digits.substring(4, 6));
            if (year != dateOfBirth.getYear()) {
                throw RefusedInput.of("citizenId", "identity.error.citizenId.birthYear");
            }
        }
        return new CitizenIdNumber(digits);
    }

    /** The 12 digits; handle with care (hash them, never log them). */
    public String digits() {
        return digits;
    }

    public String lastFour() {
        return digits.substring(8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenIdNumber number && number.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Masked: {@code ********1234}. */
    @Override
    public String toString() {
        return "********" + lastFour();
    }
}
