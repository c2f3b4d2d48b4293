package vn.dvc.portal.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Delegations between officers (issue #5): recorded and audited here; the processing module (#7) asks
 * {@link #actingFor} when a deputy approves in a leader's name. Both accounts must be active officers of the
 * same agency; the period is at most one year and may not end in the past.
 */
public interface Delegations {

    /**
     * Records that {@code from} lets {@code to} act for them from {@code startsOn} to {@code endsOn} inclusive.
     *
     * @return the delegation's id
     * @throws RefusedInput field {@code to}, {@code startsOn}, {@code endsOn} or {@code reason}
     */
    UUID grant(UUID from, UUID to, LocalDate startsOn, LocalDate endsOn, String reason);

    /** Ends a delegation now (kept in the history). @throws RefusedInput field {@code delegation} */
    void revoke(UUID delegationId);

    /** The delegations under which {@code deputy} may act for someone else at {@code at}. */
    List<Delegation> actingFor(UUID deputy, Instant at);

    /** Every delegation given or received by an account, newest first. */
    List<Delegation> of(UUID account);
}
