package vn.dvc.portal.processing.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A dossier's processing as stored (table processing_case). */
public record CaseRow(UUID dossierId, String dossierCode, String procedureCode, String leadAgency, String receivingAgency,
               Instant receivedAt, Instant originalDue, Instant due, @Nullable Instant pausedSince, long pausedMinutes,
               int supplementRequests, @Nullable Instant apologyAt, @Nullable String apologyAgency,
               @Nullable String apologyReason, State state, @Nullable Instant resultReadyAt,
               @Nullable String timeliness, @Nullable UUID resultFile, boolean resultSigned,
               @Nullable String returnMethod, @Nullable Instant endedAt, Instant startedAt, int rowVersion) {

    public enum State { ACTIVE, PAUSED, RESULT_READY, RETURNED, WITHDRAWN, STOPPED }

    /** Every change bumps the version the store checks; these give the changed copy. */
    CaseRow paused(Instant since) {
        return new CaseRow(dossierId, dossierCode, procedureCode, leadAgency, receivingAgency, receivedAt,
                originalDue, due, since, pausedMinutes, supplementRequests + 1, apologyAt, apologyAgency,
                apologyReason, State.PAUSED, resultReadyAt, timeliness, resultFile, resultSigned, returnMethod, endedAt,
                startedAt, rowVersion);
    }

    CaseRow resumed(Instant newDue, long moreMinutes) {
        return new CaseRow(dossierId, dossierCode, procedureCode, leadAgency, receivingAgency, receivedAt,
                originalDue, newDue, null, pausedMinutes + moreMinutes, supplementRequests, apologyAt, apologyAgency,
                apologyReason, State.ACTIVE, resultReadyAt, timeliness, resultFile, resultSigned, returnMethod, endedAt,
                startedAt, rowVersion);
    }

    CaseRow apologised(Instant at, String agency, String reason, Instant newDue) {
        return new CaseRow(dossierId, dossierCode, procedureCode, leadAgency, receivingAgency, receivedAt,
                originalDue, newDue, pausedSince, pausedMinutes, supplementRequests, at, agency, reason, state,
                resultReadyAt, timeliness, resultFile, resultSigned, returnMethod, endedAt, startedAt, rowVersion);
    }

    CaseRow withResult(UUID file, boolean signed) {
        return new CaseRow(dossierId, dossierCode, procedureCode, leadAgency, receivingAgency, receivedAt,
                originalDue, due, pausedSince, pausedMinutes, supplementRequests, apologyAt, apologyAgency,
                apologyReason, state, resultReadyAt, timeliness, file, signed, returnMethod, endedAt, startedAt,
                rowVersion);
    }

    CaseRow resultReady(Instant at, String timelinessOfResult) {
        return new CaseRow(dossierId, dossierCode, procedureCode, leadAgency, receivingAgency, receivedAt,
                originalDue, due, pausedSince, pausedMinutes, supplementRequests, apologyAt, apologyAgency,
                apologyReason, State.RESULT_READY, at, timelinessOfResult, resultFile, resultSigned, returnMethod,
                endedAt, startedAt, rowVersion);
    }

    CaseRow ended(State end, Instant at, @Nullable String method) {
        return new CaseRow(dossierId, dossierCode, procedureCode, leadAgency, receivingAgency, receivedAt,
                originalDue, due, null, pausedMinutes, supplementRequests, apologyAt, apologyAgency, apologyReason,
                end, resultReadyAt, timeliness, resultFile, resultSigned, method, at, startedAt, rowVersion);
    }

    public boolean isOpen() {
        return state == State.ACTIVE || state == State.PAUSED || state == State.RESULT_READY;
    }
}
