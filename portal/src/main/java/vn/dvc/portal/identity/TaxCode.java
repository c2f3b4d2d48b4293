package vn.dvc.portal.identity;

import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.RefusedInput;

/**
 * A tax code, which is also the enterprise code (mã số thuế / mã số doanh nghiệp): 10 digits, the last a
 * check digit, or 13 digits for a dependent unit written {@code 0100109106-001} (Circular 105/2020/TT-BTC).
 *
 * @param value the normalised form: 10 digits, or 10 digits, a hyphen and 3 digits
 */
public record TaxCode(String value) {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    public TaxCode {
        if (!value.matches("[0-9]{10}(-[0-9]{3})?")) {
            throw RefusedInput.of("taxCode", "identity.error.taxCode.format");
        }
    }

    /**
     * Parses a code as typed: spaces are ignored, 13 digits without the hyphen are accepted.
     *
     * @throws RefusedInput field {@code taxCode}, reason {@code required}, {@code format} or
     *                                   {@code checkDigit}
     */
    public static TaxCode parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw RefusedInput.of("taxCode", "identity.error.taxCode.required");
        }
        String code = text.replaceAll("\\s", "");
        if (code.matches("[0-9]{13}")) {
            code = code.substring(0, 10) + "-" + code.substring(10);
        }
        if (!code.matches("[0-9]{10}(-[0-9]{3})?") || code.endsWith("-000")) {
            throw RefusedInput.of("taxCode", "identity.error.taxCode.format");
        }
        if (!hasValidCheckDigit(code.substring(0, 10))) {
            throw RefusedInput.of("taxCode", "identity.error.taxCode.checkDigit");
        }
        return new TaxCode(code);
    }

    /** The tenth digit is 10 − (Σ weightᵢ·digitᵢ mod 11) over the first nine digits. */
    static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (tenDigits.charAt(i) - '0');
        }
        int check = 10 - sum % 11;
        return check < 10 && check == tenDigits.charAt(9) - '0';
    }

    /** Whether it is the code of a dependent unit (branch, representative office). */
    public boolean isDependentUnit() {
        return value.length() == 14;
    }

    @Override
    public String toString() {
        return value;
    }
}
