package vn.dvc.portal.identity;

import java.util.Optional;
import java.util.UUID;

/** Look-ups of accounts for other modules (a dossier's owner, an officer's agency). */
public interface Accounts {

    Optional<AccountSummary> find(UUID accountId);
}
