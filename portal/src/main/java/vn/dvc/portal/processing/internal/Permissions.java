package vn.dvc.portal.processing.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.OfficerScope;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.processing.StepAction;

/**
 * Who may do what to a dossier in processing — the one permission check of this module. An officer acts at a
 * step when they hold the step's role, their scope ({@link OfficerScope}) covers the step's unit, and the step is
 * in the unit's pool or assigned to them (a leader of the unit may act on an assigned step too). The desk of the
 * receiving agency takes supplements, withdrawals and returns; the applicant who owns the dossier may
 * supplement, withdraw and comment online.
 */
@Component
class Permissions {

    private final OfficerScope scope;

    Permissions(OfficerScope scope) {
        this.scope = scope;
    }

    SignedInUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    boolean mayActAt(SignedInUser user, StepRow step) {
        return user.hasRole(step.role()) && scope.covers(user, step.unitCode())
                && (step.assignee() == null || step.assignee().equals(user.getName()) || leads(user, step));
    }

    boolean leads(SignedInUser user, StepRow step) {
        return user.hasRole(Role.LEADER) && scope.covers(user, step.unitCode());
    }

    boolean leadsAgency(SignedInUser user, String agency) {
        return user.hasRole(Role.LEADER) && scope.covers(user, agency);
    }

    boolean isDesk(SignedInUser user, ProcessingCase c) {
        return user.hasRole(Role.DESK) && scope.covers(user, c.receivingAgency());
    }

    boolean isOwner(SignedInUser user, DossierView dossier) {
        return Objects.equals(dossier.ownerAccount(), user.getAccountId());
    }

    /** Supplement or withdraw: the receiving desk (on the applicant's written request) or the owner online. */
    boolean actsForApplicant(SignedInUser user, ProcessingCase c, DossierView dossier) {
        return isDesk(user, c) || isOwner(user, dossier);
    }

    /** Return the result: an officer of the return step ({@code step}), or the receiving desk when none is open. */
    boolean mayReturnResult(SignedInUser user, ProcessingCase c, @Nullable StepRow step) {
        return step != null ? step.allows(StepAction.RETURN_RESULT) && mayActAt(user, step) : isDesk(user, c);
    }

    /** Apologise: an officer of the open step or a leader of its unit, or a leader of the lead agency. */
    boolean mayApologise(SignedInUser user, ProcessingCase c) {
        StepRow step = c.openStep().orElse(null);
        return step != null && (mayActAt(user, step) || leads(user, step)) || leadsAgency(user, c.leadAgency());
    }

    /** Stop: a leader of the open step's unit, or of the lead agency. */
    boolean mayStop(SignedInUser user, ProcessingCase c) {
        StepRow step = c.openStep().orElse(null);
        return step != null && leads(user, step) || leadsAgency(user, c.leadAgency());
    }

    /** Assign the open step: a leader of its unit (to anyone or the pool), or an officer of it to themselves. */
    boolean mayAssign(SignedInUser user, StepRow step, @Nullable String assignee) {
        boolean self = user.getName().equals(assignee) && user.hasRole(step.role()) && mayActAt(user, step);
        return leads(user, step) || self;
    }

    /** Officers who may look at the dossier: any scope covering the agencies it has been at, or the Centre. */
    boolean maySee(SignedInUser user, ProcessingCase c, Iterable<StepRow> steps) {
        if (!user.getRoles().stream().anyMatch(Role::isOfficerRole)) {
            return false;
        }
        if (scope.covers(user, c.receivingAgency()) || scope.covers(user, c.leadAgency())) {
            return true;
        }
        for (StepRow s : steps) {
            if (scope.covers(user, s.unitCode())) {
                return true;
            }
        }
        return false;
    }

    void require(boolean allowed, @Nullable String what) {
        if (!allowed) {
            throw new AccessDeniedException("not allowed: " + what);
        }
    }
}
