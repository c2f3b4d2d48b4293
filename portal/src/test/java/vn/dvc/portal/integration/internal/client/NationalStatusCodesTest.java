package vn.dvc.portal.integration.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dvc.portal.dossier.DossierStatus;

/** The collapsed codes of DongBoTrangThaiHoSo (NATIONAL-PORTAL.md §2, INT-1). */
class NationalStatusCodesTest {

    @Test
    void fourSixNineAndTenCollapseToTwoThreeSevenAndEightToFive() {
        assertThat(NationalStatusCodes.collapsed(1)).isEqualTo(1);
        assertThat(NationalStatusCodes.collapsed(2)).isEqualTo(2);
        for (int code : new int[] {4, 6, 9, 10}) {
            assertThat(NationalStatusCodes.collapsed(code)).as("code %d", code).isEqualTo(2);
        }
        for (int code : new int[] {3, 5, 7, 8}) {
            assertThat(NationalStatusCodes.collapsed(code)).as("code %d", code).isEqualTo(5);
        }
        assertThatThrownBy(() -> NationalStatusCodes.collapsed(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStateHasItsTenCodeStatusAndACollapsedOne() {
        for (DossierStatus status : DossierStatus.values()) {
            assertThat(NationalStatusCodes.of(status)).isEqualTo(status.nationalCode());
            assertThat(NationalStatusCodes.collapsed(status)).isIn(1, 2, 5);
        }
        assertThat(NationalStatusCodes.collapsed(DossierStatus.RESULT_RETURNED)).isEqualTo(2);
        assertThat(NationalStatusCodes.collapsed(DossierStatus.STOPPED)).isEqualTo(5);
    }
}
