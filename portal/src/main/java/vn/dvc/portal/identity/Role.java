package vn.dvc.portal.identity;

/**
 * What an account may do. Applicants are {@link #CITIZEN} or {@link #BUSINESS}; officers act within their
 * agency as {@link #DESK} (one-stop desk, một cửa), {@link #SPECIALIST} (chuyên viên), {@link #LEADER}
 * (lãnh đạo, approves and signs), {@link #CENTRE} (the Public Administration Service Centre) or
 * {@link #ADMIN} (system administrator). {@link #HOTLINE} (tổng đài viên) answers the hotline: an officer's
 * account with an agency scope that only uses the officers' look-up ({@code /can-bo/tra-cuu}); it acts on no
 * dossier or question, so {@link #isOfficerRole()} is false for it. Each is the Spring Security authority
 * {@code ROLE_<name>}, so {@code hasRole('CENTRE')} checks it.
 */
public enum Role {
    CITIZEN, BUSINESS, DESK, SPECIALIST, LEADER, CENTRE, ADMIN, HOTLINE;

    /**
     * For {@code @PreAuthorize}: any role held within an agency scope ({@link #hasAgencyScope()}), i.e. whoever
     * the officers' areas admit. An annotation needs a constant, so the roles are written out here, beside the
     * enum, and {@code RoleTest} checks them against it.
     */
    public static final String ANY_OFFICER = "hasAnyRole('DESK', 'SPECIALIST', 'LEADER', 'CENTRE', 'ADMIN', 'HOTLINE')";

    /** The Spring Security authority, e.g. {@code ROLE_CENTRE}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the role belongs to an officer who acts on dossiers or questions (not an applicant, not the hotline). */
    public boolean isOfficerRole() {
        return this != CITIZEN && this != BUSINESS && this != HOTLINE;
    }

    /** Whether the role is held by an officer's account within an agency scope: the officer roles and the hotline. */
    public boolean hasAgencyScope() {
        return isOfficerRole() || this == HOTLINE;
    }
}
