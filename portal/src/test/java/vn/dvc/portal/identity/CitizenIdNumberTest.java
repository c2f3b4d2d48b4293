package vn.dvc.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.portal.platform.RefusedInput;

/** The citizen ID number (CCCD): 12 digits, a province code, a century digit and the year of birth. */
class CitizenIdNumberTest {

    @Test
    void acceptsA12DigitNumberOfAProvinceAndTheRightBirthYear() {
        CitizenIdNumber number = CitizenIdNumber.parse(" 015 190 001 234 ", LocalDate.of(1990, 5, 12));
        assertThat(number.digits()).isEqualTo("015190001234");
        assertThat(number.lastFour()).isEqualTo("1234");
        assertThat(number).hasToString("********1234");
        // born in the 21st century: century digit 2 (male) or 3 (female)
        assertThat(CitizenIdNumber.parse("001305012345", LocalDate.of(2005, 1, 1)).digits()).isEqualTo("001305012345");
        assertThat(CitizenIdNumber.parse("079090123456", null).lastFour()).isEqualTo("3456");
    }

    @ParameterizedTest
    @CsvSource({
            "'', required",
            "01519000123, format",
            "0151900012345, format",
            "01519000123A, format",
            "015-190-001-234, format",
            "003190001234, province",
            "099190001234, province",
            "015185001234, birthYear",
            "015290001234, birthYear"})
    void refusesWhatIsNotACitizenIdNumber(String text, String reason) {
        assertThatThrownBy(() -> CitizenIdNumber.parse(text, LocalDate.of(1990, 5, 12)))
                .isInstanceOfSatisfying(RefusedInput.class, e -> {
                    assertThat(e.field()).isEqualTo("citizenId");
                    assertThat(e.messageKey()).isEqualTo("identity.error.citizenId." + reason);
                });
    }

    @Test
    void neverShowsTheWholeNumber() {
        CitizenIdNumber number = CitizenIdNumber.parse("015190001234", null);
        assertThat(number.toString()).doesNotContain("01519000");
    }
}
