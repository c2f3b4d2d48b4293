package vn.dvc.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.portal.platform.RefusedInput;

/** The tax / enterprise code: 10 digits with a check digit, or 13 in the hyphen form for dependent units. */
class TaxCodeTest {

    @Test
    void acceptsTenDigitsWithTheirCheckDigitAndTheDependentUnitForm() {
        assertThat(TaxCode.parse("0100109106").value()).isEqualTo("0100109106");
        assertThat(TaxCode.parse("0100109106-001").value()).isEqualTo("0100109106-001");
        assertThat(TaxCode.parse("0100109106001").value()).isEqualTo("0100109106-001");
        assertThat(TaxCode.parse(" 5200123456 ").isDependentUnit()).isFalse();
        assertThat(TaxCode.parse("0101243150-012").isDependentUnit()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "'', required",
            "010010910, format",
            "01001091060, format",
            "0100109106-01, format",
            "0100109106-000, format",
            "01001O9106, format",
            "0100109107, checkDigit",
            "0101234567-001, checkDigit"})
    void refusesWhatIsNotATaxCode(String text, String reason) {
        assertThatThrownBy(() -> TaxCode.parse(text))
                .isInstanceOfSatisfying(RefusedInput.class, e -> {
                    assertThat(e.field()).isEqualTo("taxCode");
                    assertThat(e.messageKey()).isEqualTo("identity.error.taxCode." + reason);
                });
    }
}
