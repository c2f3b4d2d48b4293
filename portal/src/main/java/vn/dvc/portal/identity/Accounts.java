package vn.dvc.portal.identity;

import java.util.Optional;
import java.util.UUID;

/** Look-ups of accounts for other modules (a dossier's owner, an officer's agency). */
public interface Accounts {

    Optional<AccountSummary> find(UUID accountId);

    /**
     * The individual account linked to the national identity (VNeID) with this citizen ID number, if the person has
     * signed in nationally at least once (a stored national link); an account that merely typed the number is not
     * enough. For dossiers filed at the National Portal, whose owner the national side asserts.
     */
    Optional<UUID> nationallyIdentified(CitizenIdNumber number);
}
