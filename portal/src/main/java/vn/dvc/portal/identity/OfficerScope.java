package vn.dvc.portal.identity;

/**
 * The one check of an officer's agency scope (issue #5 item 5): an officer acts on what belongs to an agency in
 * the subtree of their scope ({@link SignedInUser#getScopeCode()}: their own agency, or an ancestor such as the
 * province for the Centre's officers). An agency that has been merged or renamed is covered when the agency
 * that succeeded it is. Applicants and anonymous callers cover nothing. Every module that guards an
 * agency-owned resource (dossiers, questions, officers) asks this, after its role check.
 */
public interface OfficerScope {

    /** Whether the signed-in officer's scope covers {@code agencyCode}. */
    boolean covers(String agencyCode);

    /** Whether {@code officer}'s scope covers {@code agencyCode}. */
    boolean covers(SignedInUser officer, String agencyCode);

    /**
     * @throws org.springframework.security.access.AccessDeniedException when the signed-in officer's scope does
     *                                                                    not cover {@code agencyCode}
     */
    default void require(String agencyCode) {
        if (!covers(agencyCode)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "the agency is outside the officer's scope");
        }
    }
}
