package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.portal.platform.RefusedInput;

/** Password policy: length 8–128, no common passwords, not the user name, no composition rules. */
class PasswordPolicyTest {

    static final PasswordPolicy POLICY = PasswordPolicy.standard();

    @Test
    void shipsAListOfAboutAThousandCommonPasswords() {
        assertThat(POLICY.size()).isBetween(900, 1100);
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(reason("1234567")).isEqualTo("tooShort");
        assertThat(reason("ngắn")).isEqualTo("tooShort");
        assertThatCode(() -> POLICY.check("đường về", null)).doesNotThrowAnyException();
        assertThatCode(() -> POLICY.check("x".repeat(128), null)).doesNotThrowAnyException();
        assertThatCode(() -> POLICY.check("tôi đi làm thủ tục ở Yên Bái ".repeat(4).substring(0, 100), null))
                .doesNotThrowAnyException();
        assertThat(reason("x".repeat(129))).isEqualTo("tooLong");
        assertThat(reason("")).isEqualTo("required");
        assertThat(reason(null)).isEqualTo("required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "password", "Password", "PASSWORD123", "matkhau123", "MatKhau@123",
            "anhyeuem123", "qwertyuiop", "11111111", "iloveyou", "P@ssw0rd", "123456789"})
    void refusesCommonPasswordsWhateverTheirCase(String password) {
        assertThat(reason(password)).isEqualTo("common");
    }

    @Test
    void hasNoCompositionRules() {
        assertThatCode(() -> POLICY.check("ngựa phi đường xa", null)).doesNotThrowAnyException();
        assertThatCode(() -> POLICY.check("correcthorsebatterystaple", null)).doesNotThrowAnyException();
        assertThatCode(() -> POLICY.check("8492017365", null)).doesNotThrowAnyException();
    }

    @Test
    void refusesTheUserName() {
        assertThatThrownBy(() -> POLICY.check("Nguyen.Van.An", "nguyen.van.an"))
                .isInstanceOfSatisfying(RefusedInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("identity.error.password.sameAsUsername"));
    }

    private static String reason(String password) {
        try {
            POLICY.check(password, null);
            return "accepted";
        } catch (RefusedInput e) {
            assertThat(e.field()).isEqualTo("password");
            assertThat(e.messageKey()).startsWith("identity.error.password.");
            return e.messageKey().substring("identity.error.password.".length());
        }
    }
}
