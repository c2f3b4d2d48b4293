package vn.dvc.portal.identity.internal;

import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.OfficerScope;
import vn.dvc.portal.identity.SignedInUser;

/** {@link OfficerScope} over the catalogue's agency tree. */
@Component
class CatalogOfficerScope implements OfficerScope {

    private final Agencies agencies;

    CatalogOfficerScope(Agencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public boolean covers(String agencyCode) {
        return CurrentUser.get().map(user -> covers(user, agencyCode)).orElse(false);
    }

    @Override
    public boolean covers(SignedInUser officer, String agencyCode) {
        String scope = officer.getScopeCode();
        if (scope == null || officer.getRoles().stream().noneMatch(vn.dvc.portal.identity.Role::hasAgencyScope)) {
            return false;
        }
        if (agencyCode.equals(scope) || agencies.isWithin(agencyCode, scope)) {
            return true;
        }
        // a merged or renamed agency's affairs belong to its successor
        return agencies.current(agencyCode).map(current -> agencies.isWithin(current.code(), scope)).orElse(false);
    }
}
