package vn.dvc.portal.dossier;

import org.jspecify.annotations.Nullable;

/**
 * What the National Portal's dossier record ({@code DongBoHoSoMC}, NATIONAL-PORTAL.md §2) needs of a dossier beyond
 * {@link DossierView}: for the integration module only. The contacts are personal data: never log them, never put
 * them in a URL. The applicant's ID number is not here (the dossier module keeps it sealed).
 *
 * @param view         the dossier as {@link Dossiers#find} gives it (one read for both)
 * @param organisation whether the applicant is an organisation (national LoaiDoiTuong 2) rather than a person (1)
 * @param summary      the dossier's summary (trích yếu), never empty (the procedure's name when none was given)
 * @param address      the applicant's address, may be empty
 * @param email        the applicant's e-mail, may be empty
 * @param phone        the applicant's phone, may be empty
 * @param externalId   the National Portal's own id of a dossier filed there ({@link Channel#NATIONAL_PORTAL}), else
 *                     null
 */
public record DossierParticulars(DossierView view, boolean organisation, String summary, String address,
                                 String email, String phone, @Nullable String externalId) {
}
