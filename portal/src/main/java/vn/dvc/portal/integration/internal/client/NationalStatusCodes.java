package vn.dvc.portal.integration.internal.client;

import vn.dvc.portal.dossier.DossierStatus;

/**
 * The National Portal's status codes as its services want them. {@code DongBoHoSoMC} and {@code CapNhatTienDoHoSoMC}
 * take the ten codes of {@link DossierStatus#nationalCode()} (the one mapping of our states, in the dossier module);
 * {@code DongBoTrangThaiHoSo}, for dossiers filed on the National Portal, takes them collapsed (NATIONAL-PORTAL.md §2):
 * 4, 6, 9, 10 → 2 and 3, 7, 8 → 5; 1, 2 and 5 stay. This is the one place of that collapse.
 */
public final class NationalStatusCodes {

    private NationalStatusCodes() {
    }

    /** The ten-code status (TrangThaiHoSo, TrangThai) of a state. */
    public static int of(DossierStatus status) {
        return status.nationalCode();
    }

    /** The collapsed status ({@code DongBoTrangThaiHoSo}'s TrangThai: 1, 2 or 5) of a state. */
    public static int collapsed(DossierStatus status) {
        return collapsed(status.nationalCode());
    }

    /**
     * The collapsed code of a ten-code status.
     *
     * @throws IllegalArgumentException for a code outside 1–10
     */
    public static int collapsed(int nationalCode) {
        return switch (nationalCode) {
            case 1 -> 1;
            case 2, 4, 6, 9, 10 -> 2;
            case 3, 5, 7, 8 -> 5;
            default -> throw new IllegalArgumentException("no national status " + nationalCode);
        };
    }
}
