package vn.dvc.portal.dossier.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.SignedInUser;

/** The signed-in officer and the agency subtree they act in. */
@Component
class Officers {

    private final Agencies agencies;

    Officers(Agencies agencies) {
        this.agencies = agencies;
    }

    SignedInUser current() {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (user.getAgencyCode() == null) {
            throw new AccessDeniedException("not an officer of an agency");
        }
        return user;
    }

    String agency() {
        return java.util.Objects.requireNonNull(current().getAgencyCode());
    }

    /** Whether the officer's agency is {@code agencyCode} or above it in the tree. */
    boolean covers(String agencyCode) {
        String own = agency();
        return own.equals(agencyCode) || agencies.isWithin(agencyCode, own);
    }

    void requireCovers(String agencyCode) {
        if (!covers(agencyCode)) {
            throw new AccessDeniedException("the dossier belongs to another agency");
        }
    }
}
