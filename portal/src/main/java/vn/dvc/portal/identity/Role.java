package vn.dvc.portal.identity;

/**
 * What an account may do. Applicants are {@link #CITIZEN} or {@link #BUSINESS}; officers act within their
 * agency as {@link #DESK} (one-stop desk, một cửa), {@link #SPECIALIST} (chuyên viên), {@link #LEADER}
 * (lãnh đạo, approves and signs), {@link #CENTRE} (the Public Administration Service Centre) or
 * {@link #ADMIN} (system administrator). Each is the Spring Security authority {@code ROLE_<name>}, so
 * {@code hasRole('CENTRE')} checks it.
 */
public enum Role {
    CITIZEN, BUSINESS, DESK, SPECIALIST, LEADER, CENTRE, ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_CENTRE}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the role belongs to an officer (not an applicant). */
    public boolean isOfficerRole() {
        return this != CITIZEN && this != BUSINESS;
    }
}
