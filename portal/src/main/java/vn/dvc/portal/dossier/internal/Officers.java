package vn.dvc.portal.dossier.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.OfficerScope;
import vn.dvc.portal.identity.SignedInUser;

/**
 * The signed-in officer, the agency they receive for (their own, whose code prefixes the dossier codes they
 * issue) and the scope they act in (identity's {@link OfficerScope}, the one scope check).
 */
@Component
class Officers {

    private final OfficerScope scope;

    Officers(OfficerScope scope) {
        this.scope = scope;
    }

    SignedInUser current() {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (user.getAgencyCode() == null) {
            throw new AccessDeniedException("not an officer of an agency");
        }
        return user;
    }

    /** The officer's own agency: the receiving point of what they receive. */
    String agency() {
        return java.util.Objects.requireNonNull(current().getAgencyCode());
    }

    /** The root of the agency subtree the officer acts in. */
    String scopeRoot() {
        SignedInUser user = current();
        return user.getScopeCode() != null ? user.getScopeCode() : agency();
    }

    /** Whether the officer's scope covers {@code agencyCode}. */
    boolean covers(String agencyCode) {
        return scope.covers(current(), agencyCode);
    }

    void requireCovers(String agencyCode) {
        if (!covers(agencyCode)) {
            throw new AccessDeniedException("the dossier belongs to another agency");
        }
    }
}
