package vn.dvc.portal.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Several people acting for one organisation (#5 item 1): an owner of the organisation's account adds a person
 * who has their own individual account (by user name, e-mail or phone) as a member, who may then do
 * procedures in the organisation's name, and removes members. Owners stay (the registration made them).
 * Every change is audited. An organisation the caller does not own is as unknown as one that does not exist.
 */
@Service
class OrganisationMembers {

    private final AccountStore store;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationMembers(AccountStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccountStore.MemberRow> members(SignedInUser owner, UUID organisationId) {
        requireOwner(owner, organisationId);
        return store.members(organisationId);
    }

    /**
     * @throws RefusedInput field {@code member}: {@code required}, {@code unknown} (no active
     *                                   individual account by that name), {@code already}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void add(SignedInUser owner, UUID organisationId, @Nullable String signInName) {
        requireOwner(owner, organisationId);
        if (signInName == null || signInName.isBlank()) {
            throw RefusedInput.of("member", "identity.error.member.required");
        }
        String name = SignInNames.normalise(signInName);
        StoredAccount person = store.findBySignInName(name, SignInNames.phoneOrNull(signInName))
                .filter(a -> a.kind() == AccountKind.INDIVIDUAL && a.status() == StoredAccount.Status.ACTIVE)
                .orElseThrow(() -> RefusedInput.of("member", "identity.error.member.unknown"));
        try {
            store.insertMember(organisationId, person.id(), "MEMBER", clock.instant());
        } catch (DuplicateKeyException e) {
            throw RefusedInput.of("member", "identity.error.member.already");
        }
        audit.record("identity.organisation.member-added", "organisation", organisationId.toString(),
                Map.of("by", owner.getAccountId().toString(), "member", person.id().toString()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(SignedInUser owner, UUID organisationId, UUID memberAccountId) {
        requireOwner(owner, organisationId);
        if (!store.deleteMember(organisationId, memberAccountId)) {
            throw RefusedInput.of("member", "identity.error.member.notFound");
        }
        audit.record("identity.organisation.member-removed", "organisation", organisationId.toString(),
                Map.of("by", owner.getAccountId().toString(), "member", memberAccountId.toString()));
    }

    private void requireOwner(SignedInUser owner, UUID organisationId) {
        boolean owns = store.organisations(owner.getAccountId()).stream()
                .anyMatch(o -> o.id().equals(organisationId) && o.owner());
        if (!owns) {
            throw new ResourceNotFound("no organisation " + organisationId + " owned by this account");
        }
    }
}
