package vn.dvc.devidp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fixtures must look like real data to the portal's checks: CCCD structure, E.164 phones, unique ids. */
class TestIdentitiesTest {

    /** Province codes of Circular 07/2016/TT-BCA (as the portal's CitizenIdNumber accepts them). */
    private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012",
            "014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035",
            "036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058",
            "060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083",
            "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

    @Test
    void citizenIdsFollowTheCccdStructure() {
        for (TestIdentity identity : TestIdentities.ALL) {
            String id = identity.citizenId();
            assertThat(id).as(identity.username()).matches("[0-9]{12}");
            assertThat(PROVINCES).as(identity.username()).contains(id.substring(0, 3));
            int year = identity.birthdate().getYear();
            int centuryGender = (year / 100 - 19) * 2 + ("female".equals(identity.gender()) ? 1 : 0);
            assertThat(id.charAt(3) - '0').as(identity.username() + " century/sex digit").isEqualTo(centuryGender);
            assertThat(id.substring(4, 6)).as(identity.username() + " year").isEqualTo("%02d".formatted(year % 100));
        }
    }

    @Test
    void identitiesAreDistinctAndCoverBothLevels() {
        assertThat(TestIdentities.ALL).extracting(TestIdentity::username).doesNotHaveDuplicates();
        assertThat(TestIdentities.ALL).extracting(TestIdentity::subject).doesNotHaveDuplicates();
        assertThat(TestIdentities.ALL).extracting(TestIdentity::citizenId).doesNotHaveDuplicates();
        assertThat(TestIdentities.byUsername("cong.dan.muc1")).get()
                .extracting(TestIdentity::level).isEqualTo(AssuranceLevel.LOA1);
        assertThat(TestIdentities.byUsername("cong.dan.muc2")).get()
                .extracting(TestIdentity::level).isEqualTo(AssuranceLevel.LOA2);
        assertThat(TestIdentities.byUsername("nobody")).isEmpty();
        assertThat(TestIdentities.byUsername(null)).isEmpty();
    }

    @Test
    void contactDataIsWellFormed() {
        for (TestIdentity identity : TestIdentities.ALL) {
            assertThat(identity.phoneNumber()).matches("\\+84[35789][0-9]{8}");
            assertThat(identity.email()).matches("[a-z0-9.]+@example\\.com");
            assertThat(identity.gender()).isIn("male", "female");
        }
    }

    @Test
    void claimsFollowTheScopes() {
        TestIdentity minh = TestIdentities.byUsername("cong.dan.muc2").orElseThrow();

        assertThat(IdentityClaims.of(minh, Set.of("openid"))).containsOnlyKeys("sub", "acr", "citizen_id");
        assertThat(IdentityClaims.of(minh, Set.of("openid", "profile", "email", "phone")))
                .containsEntry("sub", "a8e2d4c7-15b3-4f60-8a9d-6c7b2e31f0a4")
                .containsEntry("acr", "urn:vn:vneid:loa:2")
                .containsEntry("citizen_id", "001085012345")
                .containsEntry("name", "Trần Văn Minh")
                .containsEntry("family_name", "Trần Văn")
                .containsEntry("given_name", "Minh")
                .containsEntry("birthdate", "1985-11-03")
                .containsEntry("email", "tranvanminh85@example.com")
                .containsEntry("phone_number", "+84983456789");
    }
}
