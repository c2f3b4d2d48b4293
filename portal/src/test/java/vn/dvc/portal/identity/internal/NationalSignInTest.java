package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dvc.portal.platform.AssuranceLevel;

/** The {@code acr} → assurance level mapping and the claims' forms (national sign-on, AUTH-3). */
class NationalSignInTest {

    @Test
    void levelTwoIsTheNationalLevelAndLevelOneIsVerifiedByCode() {
        assertThat(NationalSignIn.level("urn:vn:vneid:loa:2")).isEqualTo(AssuranceLevel.NATIONAL_IDENTITY);
        assertThat(NationalSignIn.level("urn:vn:vneid:loa:1")).isEqualTo(AssuranceLevel.VERIFIED_BY_CODE);
    }

    @Test
    void anUnknownOrMissingAcrIsRefused() {
        for (String acr : new String[] {null, "", "urn:vn:vneid:loa:3", "URN:VN:VNEID:LOA:2", "0", "urn:vn:vneid:loa:2 "}) {
            assertThatThrownBy(() -> NationalSignIn.level(acr)).as("acr %s", acr)
                    .isInstanceOfSatisfying(NationalAccounts.Refused.class,
                            refused -> assertThat(refused.reason()).isEqualTo("acr"));
        }
    }

    @Test
    void phonesInE164BecomeThePortalsForm() {
        assertThat(NationalSignIn.phone("+84912345678")).isEqualTo("0912345678");
        assertThat(NationalSignIn.phone("0983456789")).isEqualTo("0983456789");
        assertThat(NationalSignIn.phone("+1 555 0100")).isNull();
        assertThat(NationalSignIn.phone(null)).isNull();
    }

    @Test
    void aBirthDateThatIsNotAnIsoDateIsRefused() {
        assertThat(NationalAccounts.birthDate("1985-11-03")).hasYear(1985);
        assertThatThrownBy(() -> NationalAccounts.birthDate("03/11/1985")).isInstanceOf(NationalAccounts.Refused.class);
        assertThatThrownBy(() -> NationalAccounts.birthDate(null)).isInstanceOf(NationalAccounts.Refused.class);
    }
}
