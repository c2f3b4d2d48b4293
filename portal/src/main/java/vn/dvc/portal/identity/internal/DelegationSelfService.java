package vn.dvc.portal.identity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.Delegation;
import vn.dvc.portal.identity.Delegations;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.RefusedInput;

/**
 * A leader's own delegations ({@code /can-bo/uy-quyen}): whom they may let act for them (active officers of
 * their agency), the delegations they gave and received, granting and revoking their own. The rules of a
 * delegation (same agency, period, reason, audit) are {@link Delegations}'.
 */
@Service
class DelegationSelfService {

    static final String LEADERS = "hasRole('LEADER')";

    /** A delegation as the page shows it, with both officers' names. */
    record Row(Delegation delegation, String fromName, String toName, boolean given, boolean activeToday) {
    }

    /** An officer who may be chosen as deputy. */
    record Deputy(UUID id, String name, String username) {
    }

    private final Delegations delegations;
    private final AccountStore store;
    private final java.time.Clock clock;

    DelegationSelfService(Delegations delegations, AccountStore store, java.time.Clock clock) {
        this.delegations = delegations;
        this.store = store;
        this.clock = clock;
    }

    @PreAuthorize(LEADERS)
    @Transactional(readOnly = true)
    public List<Deputy> deputies(SignedInUser leader) {
        return store.officers().stream()
                .filter(o -> o.agencyCode().equals(leader.getAgencyCode()) && !o.id().equals(leader.getAccountId())
                        && o.status() == StoredAccount.Status.ACTIVE)
                .map(o -> new Deputy(o.id(), o.displayName(), o.username()))
                .toList();
    }

    @PreAuthorize(LEADERS)
    @Transactional(readOnly = true)
    public List<Row> delegations(SignedInUser leader) {
        Map<UUID, String> names = store.officers().stream()
                .collect(Collectors.toMap(AccountStore.OfficerRow::id, AccountStore.OfficerRow::displayName));
        Function<UUID, String> name = id -> names.getOrDefault(id, "—");
        LocalDate today = LocalDate.now(clock);
        return delegations.of(leader.getAccountId()).stream()
                .map(d -> new Row(d, name.apply(d.from()), name.apply(d.to()), d.from().equals(leader.getAccountId()),
                        !d.revoked() && !today.isBefore(d.startsOn()) && !today.isAfter(d.endsOn())))
                .toList();
    }

    @PreAuthorize(LEADERS)
    public UUID grant(SignedInUser leader, UUID deputy, LocalDate startsOn, LocalDate endsOn, String reason) {
        if (deputies(leader).stream().noneMatch(d -> d.id().equals(deputy))) {
            throw RefusedInput.of("to", "identity.error.to.notOfficer");
        }
        return delegations.grant(leader.getAccountId(), deputy, startsOn, endsOn, reason);
    }

    /** Revokes a delegation the leader gave; another's is as unknown as a missing one. */
    @PreAuthorize(LEADERS)
    public void revoke(SignedInUser leader, UUID delegationId) {
        boolean own = delegations.of(leader.getAccountId()).stream()
                .anyMatch(d -> d.id().equals(delegationId) && d.from().equals(leader.getAccountId()) && !d.revoked());
        if (!own) {
            throw RefusedInput.of("delegation", "identity.error.delegation.notFound");
        }
        delegations.revoke(delegationId);
    }
}
