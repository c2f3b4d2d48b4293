package vn.dvc.portal.identity;

/** Who an account belongs to. */
public enum AccountKind {
    /** A person applying for themselves (công dân). */
    INDIVIDUAL,
    /** A person acting for an organisation (tổ chức, doanh nghiệp). */
    ORGANISATION,
    /** An officer of an agency (cán bộ, công chức). */
    OFFICER
}
