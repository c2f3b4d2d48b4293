package vn.dvc.devidp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssuranceLevelTest {

    @Test
    void acrValuesArePublishedUrns() {
        assertThat(AssuranceLevel.LOA1.acr()).isEqualTo("urn:vn:vneid:loa:1");
        assertThat(AssuranceLevel.LOA2.acr()).isEqualTo("urn:vn:vneid:loa:2");
        assertThat(AssuranceLevel.fromAcr("urn:vn:vneid:loa:2")).contains(AssuranceLevel.LOA2);
        assertThat(AssuranceLevel.fromAcr("urn:vn:vneid:loa:3")).isEmpty();
    }

    @Test
    void higherLevelSatisfiesLower() {
        assertThat(AssuranceLevel.LOA2.satisfies(AssuranceLevel.LOA1)).isTrue();
        assertThat(AssuranceLevel.LOA2.satisfies(AssuranceLevel.LOA2)).isTrue();
        assertThat(AssuranceLevel.LOA1.satisfies(AssuranceLevel.LOA2)).isFalse();
    }

    @Test
    void minimumRequestedIsTheLowestAcceptableKnownValue() {
        assertThat(AssuranceLevel.minimumRequested(null)).isEmpty();
        assertThat(AssuranceLevel.minimumRequested("  ")).isEmpty();
        assertThat(AssuranceLevel.minimumRequested("urn:other:acr")).isEmpty();
        assertThat(AssuranceLevel.minimumRequested("urn:vn:vneid:loa:2")).contains(AssuranceLevel.LOA2);
        assertThat(AssuranceLevel.minimumRequested("urn:other urn:vn:vneid:loa:2")).contains(AssuranceLevel.LOA2);
        assertThat(AssuranceLevel.minimumRequested("urn:vn:vneid:loa:2  urn:vn:vneid:loa:1"))
                .contains(AssuranceLevel.LOA1);
    }
}
