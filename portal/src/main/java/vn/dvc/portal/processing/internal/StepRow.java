package vn.dvc.portal.processing.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.processing.StepAction;

/**
 * One step a dossier has been at (table processing_step): a hand-over of the control sheet (Form 05).
 *
 * @param returnTo where the dossier goes back when this step belongs to another agency's part (liên thông)
 */
public record StepRow(long id, UUID dossierId, UUID definitionId, int definitionVersion, int stepIndex, String stepName,
               Role role, String agencyCode, String unitCode, @Nullable String assignee, long allottedMinutes,
               List<StepAction> actions, Instant startedAt, Instant due, long pausedMinutes, @Nullable Instant endedAt,
               @Nullable String endedBy, @Nullable String outcome, @Nullable String timeliness,
               @Nullable ReturnPoint returnTo) {

    /** The step of the lead agency a transferred dossier returns to. */
    public record ReturnPoint(UUID definitionId, int definitionVersion, int stepIndex, String agencyCode) {
    }

    public boolean allows(StepAction action) {
        return actions.contains(action);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** Whether the result is handed back here (the result must exist before the dossier reaches it). */
    public boolean returnsResult() {
        return allows(StepAction.RETURN_RESULT);
    }

    /** The same step given to {@code officer} (null: back to the unit's pool). */
    StepRow withAssignee(@Nullable String officer) {
        return new StepRow(id, dossierId, definitionId, definitionVersion, stepIndex, stepName, role, agencyCode,
                unitCode, officer, allottedMinutes, actions, startedAt, due, pausedMinutes, endedAt, endedBy, outcome,
                timeliness, returnTo);
    }

    /** The same step after a pause of {@code minutes} of working time: due at {@code newDue}. */
    StepRow postponed(Instant newDue, long minutes) {
        return new StepRow(id, dossierId, definitionId, definitionVersion, stepIndex, stepName, role, agencyCode,
                unitCode, assignee, allottedMinutes, actions, startedAt, newDue, pausedMinutes + minutes, endedAt,
                endedBy, outcome, timeliness, returnTo);
    }
}
