package vn.dvc.portal.feedback.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.OfficerScope;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;

/**
 * Which items an officer may see and act on: the Centre every item; an agency's officers only items forwarded
 * to an agency in their scope (identity's {@link OfficerScope}, the one scope check).
 */
@Component
class QuestionAccess {

    private final OfficerScope scope;

    QuestionAccess(OfficerScope scope) {
        this.scope = scope;
    }

    static SignedInUser officer() {
        return CurrentUser.get().filter(u -> u.getRoles().stream().anyMatch(Role::isOfficerRole))
                .orElseThrow(() -> new AccessDeniedException("officers only"));
    }

    static boolean isCentre(SignedInUser user) {
        return user.hasRole(Role.CENTRE) || user.hasRole(Role.ADMIN);
    }

    /** Whether the officer's agency holds the item (it was forwarded to the agency's subtree). */
    boolean holds(SignedInUser user, Question question) {
        String target = question.agencyCode();
        return target != null && question.stage().atAgency() && scope.covers(user, target);
    }

    /** Whether the officer's scope covers the agency. */
    boolean covers(SignedInUser user, String agencyCode) {
        return scope.covers(user, agencyCode);
    }

    /** Refuses unless the officer's agency holds the item. */
    void requireHolds(Question question) {
        SignedInUser user = officer();
        if (!holds(user, question)) {
            throw new AccessDeniedException("the item is not at your agency");
        }
    }

    /** Whether the officer may see the item at all: the Centre, or the agency it was ever forwarded to now. */
    boolean maySee(SignedInUser user, Question question) {
        if (isCentre(user)) {
            return true;
        }
        return question.agencyCode() != null && scope.covers(user, question.agencyCode());
    }
}
