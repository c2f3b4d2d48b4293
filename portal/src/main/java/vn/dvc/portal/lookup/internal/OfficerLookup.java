package vn.dvc.portal.lookup.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.OfficerScope;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;

/**
 * The officers' and hotline operators' look-up (LOOK-3): the same public status, and whether the dossier is in
 * the officer's scope (its receiving or its competent agency, by the one scope check). A desk officer whose
 * scope covers the receiving agency is taken to the dossier's desk page, which requires exactly that.
 */
@Service
class OfficerLookup {

    private final StatusLookup lookup;
    private final OfficerScope scope;

    OfficerLookup(StatusLookup lookup, OfficerScope scope) {
        this.lookup = lookup;
        this.scope = scope;
    }

    /**
     * @param outcome   the public look-up's outcome
     * @param inScope   whether the officer's scope covers the dossier's receiving or competent agency
     * @param deskPage  the dossier's desk page when this officer may open it, else null
     */
    record Result(StatusLookup.Outcome outcome, boolean inScope, @Nullable String deskPage) {
    }

    @PreAuthorize(Role.ANY_OFFICER)
    Result lookup(String code) {
        StatusLookup.Outcome outcome = lookup.lookup(code);
        if (!(outcome instanceof StatusLookup.Found found)) {
            return new Result(outcome, false, null);
        }
        SignedInUser officer = CurrentUser.get().orElseThrow();
        DossierView dossier = found.dossier();
        boolean receiving = scope.covers(officer, dossier.receivingAgency());
        boolean inScope = receiving || scope.covers(officer, dossier.competentAgency());
        return new Result(outcome, inScope, receiving && officer.hasRole(Role.DESK) ? deskPage(dossier.id()) : null);
    }

    static String deskPage(UUID id) {
        return "/can-bo/tiep-nhan/ho-so/" + id;
    }
}
