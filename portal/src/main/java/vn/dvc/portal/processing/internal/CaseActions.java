package vn.dvc.portal.processing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.calendar.Countdown;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.dossier.DossierAction;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.FileOrigin;
import vn.dvc.portal.dossier.HistoryDetail;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.ResourceNotFound;
import vn.dvc.portal.processing.ApologyIssued;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.StepAction;

/**
 * The processing runtime (DOS-3 … DOS-7): starts a received dossier on its process and carries out every action
 * on it. Each action locks the dossier's case, checks the version the officer saw (a concurrent action wins,
 * the other gets {@link ProcessingConflict}), checks {@link Permissions} and the step's allowed actions, then
 * moves the dossier through {@link Dossiers} (history and events) in the same transaction. Bad input throws
 * {@link ActionRefused} before anything is written.
 */
@Service
class CaseActions {

    private final CaseStore store;
    private final StepPlanner planner;
    private final Dossiers dossiers;
    private final Permissions permissions;
    private final Agencies agencies;
    private final ResultSigner signer;
    private final ProcessingSlipArchive slips;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseActions(CaseStore store, StepPlanner planner, Dossiers dossiers, Permissions permissions, Agencies agencies,
            ResultSigner signer, ProcessingSlipArchive slips, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.planner = planner;
        this.dossiers = dossiers;
        this.permissions = permissions;
        this.agencies = agencies;
        this.signer = signer;
        this.slips = slips;
        this.events = events;
        this.clock = clock;
    }

    /** Starts processing a received dossier at the first step of its process (idempotent). */
    @Transactional
    void start(UUID dossierId) {
        DossierView d = dossiers.find(dossierId).orElseThrow(() -> new ResourceNotFound("no dossier " + dossierId));
        if (d.status() != DossierStatus.RECEIVED || d.code() == null || d.receivedAt() == null || d.dueAt() == null) {
            return;
        }
        Instant now = clock.instant();
        CaseRow c = new CaseRow(d.id(), d.code(), d.procedureCode(), d.competentAgency(), d.receivingAgency(),
                d.receivedAt(), d.dueAt(), d.dueAt(), null, 0, 0, null, null, null, CaseRow.State.ACTIVE, null, null,
                null, false, null, null, now, 0);
        if (!store.insert(c)) {
            return;
        }
        ProcessDefinition definition = planner.definitionFor(d.procedureCode(), d.procedureVersion(),
                d.competentAgency(), d.caseCode(), d.receivedAt(), d.dueAt());
        StepRow first = planner.first(c, definition, d.competentAgency(), now);
        store.insertStep(first);
        dossiers.advance(dossierId, DossierAction.START_PROCESSING,
                new HistoryDetail(definition.name(), null, first.stepName(), first.unitCode(), null, true, null));
    }

    /**
     * Carries out {@code act} on the dossier as the signed-in user.
     *
     * @param version the case version the user saw
     */
    @Transactional
    void act(UUID dossierId, int version, Act act) {
        CaseRow c = store.lock(dossierId).orElseThrow(() -> new ResourceNotFound("no processing of " + dossierId));
        if (c.rowVersion() != version) {
            throw new ProcessingConflict(dossierId);
        }
        SignedInUser user = permissions.user();
        Optional<StepRow> open = store.openStep(dossierId);
        Instant now = clock.instant();
        CaseRow changed = switch (act) {
            case Act.Forward f -> forward(c, atStep(open, user, StepAction.FORWARD), f, now);
            case Act.Approve a -> approve(c, atStep(open, user, approvalOf(open)), a, user, now);
            case Act.ReturnToPrevious r -> returnToPrevious(c, atStep(open, user, StepAction.RETURN_TO_PREVIOUS), r, now);
            case Act.RequestSupplement r -> requestSupplement(c, atStep(open, user, StepAction.REQUEST_SUPPLEMENT), r,
                    user, now);
            case Act.ProvideSupplement p -> provideSupplement(c, open.orElse(null), p, user, now);
            case Act.Refuse r -> refuse(c, atStep(open, user, StepAction.REFUSE), r, now);
            case Act.Transfer t -> transfer(c, atStep(open, user, StepAction.TRANSFER), t, now);
            case Act.ReturnResult r -> returnResult(c, open.orElse(null), r, user, now);
            case Act.Apologise a -> apologise(c, open.orElse(null), a, user, now);
            case Act.Withdraw w -> withdraw(c, open.orElse(null), w, user, now);
            case Act.Stop s -> stop(c, open.orElse(null), s, user, now);
            case Act.Assign a -> assign(c, open.orElse(null), a, user);
        };
        store.update(changed);
    }

    // --- the actions ------------------------------------------------------------------------------------

    private CaseRow forward(CaseRow c, StepRow step, Act.Forward f, Instant now) {
        requireRunning(c);
        StepRow next = planner.next(c, step, now).orElseThrow(() -> new ActionRefused("action", "processing.error.noNextStep"));
        if (StepPlanner.returnsResult(next) && c.resultFile() == null) {
            throw new ActionRefused("action", "processing.error.resultRequired");
        }
        String assignee = assignee(f.assignee());
        return handOver(c, step, withAssignee(next, assignee), StepAction.FORWARD.name(), text(f.comment(), false), now);
    }

    private CaseRow approve(CaseRow c, StepRow step, Act.Approve a, SignedInUser user, Instant now) {
        requireRunning(c);
        Optional<StepRow> next = planner.next(c, step, now);
        boolean issues = next.isEmpty() || StepPlanner.returnsResult(next.get());
        CaseRow changed = c;
        if (a.result() != null) {
            Act.Upload pdf = ProcessingFiles.requirePdf(a.result(), "result");
            ResultSigner.Signed signed = step.allows(StepAction.SIGN) ? signer.sign(pdf.content(), user)
                    : new ResultSigner.Signed(pdf.content(), false);
            UUID file = dossiers.attachFile(c.dossierId(), FileOrigin.RESULT, pdf.fileName(), pdf.mediaType(),
                    signed.document());
            changed = c.withResult(file, signed.digitallySigned());
        } else if (issues && c.resultFile() == null) {
            throw new ActionRefused("result", "processing.error.resultMissing");
        }
        String action = step.allows(StepAction.SIGN) ? StepAction.SIGN.name() : StepAction.APPROVE.name();
        String comment = text(a.comment(), false);
        if (next.isPresent()) {
            return handOver(changed, step, next.get(), action, comment, now);
        }
        store.endStep(step.id(), now, user.getName(), action, timeliness(step, now));
        return issueResult(changed, step, null, comment, now);
    }

    private CaseRow returnToPrevious(CaseRow c, StepRow step, Act.ReturnToPrevious r, Instant now) {
        requireRunning(c);
        String reason = text(r.reason(), true);
        StepRow previous = planner.previous(c, step, now)
                .orElseThrow(() -> new ActionRefused("action", "processing.error.noPreviousStep"));
        return handOver(c, step, previous, StepAction.RETURN_TO_PREVIOUS.name(), reason, now);
    }

    private CaseRow requestSupplement(CaseRow c, StepRow step, Act.RequestSupplement r, SignedInUser user, Instant now) {
        requireRunning(c);
        String reason = text(r.reason(), true);
        List<String> items = r.items().stream().map(String::strip).filter(i -> !i.isEmpty()).toList();
        if (items.isEmpty() || items.size() > 30 || items.stream().anyMatch(i -> i.length() > 500)) {
            throw new ActionRefused("items", "processing.error.itemsRequired");
        }
        CaseRow paused = c.paused(now);
        String slip = slips.supplementRequest(paused, step, reason, items, user, now);
        dossiers.advance(c.dossierId(), DossierAction.REQUEST_SUPPLEMENT, new HistoryDetail(
                reason + "\n- " + String.join("\n- ", items), step.stepName(), step.stepName(), step.unitCode(), slip,
                true, null));
        return paused;
    }

    private CaseRow provideSupplement(CaseRow c, @Nullable StepRow step, Act.ProvideSupplement p, SignedInUser user,
            Instant now) {
        DossierView d = dossier(c);
        permissions.require(permissions.isDesk(user, c) || permissions.isOwner(user, d), "supplement");
        if (c.state() != CaseRow.State.PAUSED || c.pausedSince() == null) {
            throw new ActionRefused("action", "processing.error.notWaitingForSupplement");
        }
        String note = text(p.note(), false);
        List<Act.Upload> files = ProcessingFiles.requireDocuments(p.files(), "files");
        if (files.isEmpty() && note.isEmpty()) {
            throw new ActionRefused("files", "processing.error.supplementEmpty");
        }
        for (Act.Upload file : files) {
            dossiers.attachFile(c.dossierId(), FileOrigin.SUPPLEMENT, file.fileName(), file.mediaType(), file.content());
        }
        WorkingCalendar calendar = planner.calendar(c.leadAgency());
        Countdown running = new Countdown(c.receivedAt(), c.due().atZone(WorkingCalendar.ZONE).toOffsetDateTime(),
                c.pausedSince(), Duration.ofMinutes(c.pausedMinutes())).resume(now, calendar);
        Duration paused = calendar.workingTimeBetween(c.pausedSince(), now);
        if (step != null) {
            store.moveStepDue(step.id(), planner.calendar(step.unitCode()).plusWorkingTime(step.due(), paused)
                    .toInstant(), paused.toMinutes());
        }
        Instant newDue = running.due().toInstant();
        dossiers.advance(c.dossierId(), DossierAction.PROVIDE_SUPPLEMENT, new HistoryDetail(note,
                null, step == null ? null : step.stepName(), step == null ? null : step.unitCode(), null, true, newDue));
        return c.resumed(newDue, paused.toMinutes());
    }

    private CaseRow refuse(CaseRow c, StepRow step, Act.Refuse r, Instant now) {
        requireRunning(c);
        String reason = text(r.reason(), true);
        store.endStep(step.id(), now, permissions.user().getName(), StepAction.REFUSE.name(), timeliness(step, now));
        String slip = slips.refusal(c, step, reason, permissions.user(), now);
        dossiers.advance(c.dossierId(), DossierAction.STOP, new HistoryDetail("Từ chối giải quyết: " + reason,
                step.stepName(), null, step.unitCode(), slip, true, null));
        return c.ended(CaseRow.State.STOPPED, now, null);
    }

    private CaseRow transfer(CaseRow c, StepRow step, Act.Transfer t, Instant now) {
        requireRunning(c);
        String agency = t.agencyCode().strip();
        if (agency.isEmpty() || agencies.find(agency).isEmpty() || agency.equals(step.agencyCode())) {
            throw new ActionRefused("agency", "processing.error.transferAgency");
        }
        if (step.returnTo() != null) {
            throw new ActionRefused("agency", "processing.error.nestedTransfer");
        }
        String reason = text(t.reason(), true);
        DossierView d = dossier(c);
        StepRow part = planner.transferTo(c, step, agency, d.procedureVersion(), d.caseCode(), now);
        store.endStep(step.id(), now, permissions.user().getName(), StepAction.TRANSFER.name(), timeliness(step, now));
        store.insertStep(part);
        dossiers.advance(c.dossierId(), DossierAction.TRANSFER, new HistoryDetail(reason, step.stepName(),
                part.stepName(), part.unitCode(), null, true, null));
        return c;
    }

    private CaseRow returnResult(CaseRow c, @Nullable StepRow step, Act.ReturnResult r, SignedInUser user, Instant now) {
        if (c.state() != CaseRow.State.RESULT_READY) {
            throw new ActionRefused("action", "processing.error.noResultYet");
        }
        if (step != null) {
            permissions.require(step.allows(StepAction.RETURN_RESULT) && permissions.mayActAt(user, step), "return");
            store.endStep(step.id(), now, user.getName(), StepAction.RETURN_RESULT.name(), timeliness(step, now));
        } else {
            permissions.require(permissions.isDesk(user, c), "return");
        }
        String method = switch (r.method()) {
            case "DESK", "POST", "ONLINE" -> r.method();
            default -> throw new ActionRefused("method", "processing.error.returnMethod");
        };
        dossiers.advance(c.dossierId(), DossierAction.RETURN_RESULT, new HistoryDetail(text(r.note(), false),
                step == null ? null : step.stepName(), null, step == null ? c.receivingAgency() : step.unitCode(), null,
                true, null));
        return c.ended(CaseRow.State.RETURNED, now, method);
    }

    private CaseRow apologise(CaseRow c, @Nullable StepRow step, Act.Apologise a, SignedInUser user, Instant now) {
        permissions.require(step != null && (permissions.mayActAt(user, step) || permissions.leads(user, step))
                || permissions.leadsAgency(user, c.leadAgency()), "apology");
        if (c.state() != CaseRow.State.ACTIVE) {
            throw new ActionRefused("action", "processing.error.notRunning");
        }
        if (c.apologyAt() != null) {
            throw new ActionRefused("action", "processing.error.apologyOnce");
        }
        String reason = text(a.reason(), true);
        if (a.extraWorkingDays() < 1 || a.extraWorkingDays() > 60) {
            throw new ActionRefused("extraDays", "processing.error.extraDays");
        }
        String causing = a.causingAgency().strip();
        boolean held = causing.equals(c.leadAgency()) || causing.equals(c.receivingAgency())
                || store.steps(c.dossierId()).stream().anyMatch(s -> s.unitCode().equals(causing)
                || s.agencyCode().equals(causing));
        if (!held) {
            throw new ActionRefused("causingAgency", "processing.error.causingAgency");
        }
        WorkingCalendar calendar = planner.calendar(c.leadAgency());
        if (calendar.workingTimeBetween(now, c.due()).compareTo(WorkingCalendar.WORKING_DAY) < 0) {
            throw new ActionRefused("action", "processing.error.apologyTooLate");
        }
        Instant newDue = calendar.plusWorkingTime(c.due(), WorkingCalendar.WORKING_DAY.multipliedBy(a.extraWorkingDays()))
                .toInstant();
        CaseRow changed = c.apologised(now, causing, reason, newDue);
        String slip = slips.apology(c, changed, user, now);
        dossiers.record(c.dossierId(), "APOLOGY", new HistoryDetail(reason, null, null, causing, slip, true, newDue));
        events.publishEvent(new ApologyIssued(c.dossierId(), c.dossierCode(), newDue, causing, now));
        return changed;
    }

    private CaseRow withdraw(CaseRow c, @Nullable StepRow step, Act.Withdraw w, SignedInUser user, Instant now) {
        permissions.require(permissions.isDesk(user, c) || permissions.isOwner(user, dossier(c)), "withdraw");
        requireOpenForEnd(c);
        String reason = text(w.reason(), true);
        if (step != null) {
            store.endStep(step.id(), now, user.getName(), DossierAction.WITHDRAW.name(), timeliness(step, now));
        }
        dossiers.advance(c.dossierId(), DossierAction.WITHDRAW, new HistoryDetail(reason,
                step == null ? null : step.stepName(), null, null, null, true, null));
        return c.ended(CaseRow.State.WITHDRAWN, now, null);
    }

    private CaseRow stop(CaseRow c, @Nullable StepRow step, Act.Stop s, SignedInUser user, Instant now) {
        permissions.require(step != null && permissions.leads(user, step) || permissions.leadsAgency(user, c.leadAgency()),
                "stop");
        requireOpenForEnd(c);
        String reason = text(s.reason(), true);
        if (step != null) {
            store.endStep(step.id(), now, user.getName(), DossierAction.STOP.name(), timeliness(step, now));
        }
        dossiers.advance(c.dossierId(), DossierAction.STOP, new HistoryDetail(reason,
                step == null ? null : step.stepName(), null, step == null ? null : step.unitCode(), null, true, null));
        return c.ended(CaseRow.State.STOPPED, now, null);
    }

    private CaseRow assign(CaseRow c, @Nullable StepRow step, Act.Assign a, SignedInUser user) {
        if (step == null || !c.isOpen()) {
            throw new ActionRefused("assignee", "processing.error.nothingToAssign");
        }
        String assignee = assignee(a.assignee());
        boolean self = user.getName().equals(assignee) && user.hasRole(step.role())
                && permissions.mayActAt(user, step);
        permissions.require(permissions.leads(user, step) || self, "assign");
        store.assign(step.id(), assignee);
        dossiers.record(c.dossierId(), "ASSIGN", new HistoryDetail(assignee == null ? "" : assignee, null,
                step.stepName(), step.unitCode(), null, false, null));
        return c;
    }

    // --- shared -----------------------------------------------------------------------------------------

    /** Ends {@code step} and opens {@code next}; reaching the return step issues the result (national code 9). */
    private CaseRow handOver(CaseRow c, StepRow step, StepRow next, String action, String note, Instant now) {
        store.endStep(step.id(), now, permissions.user().getName(), action, timeliness(step, now));
        store.insertStep(next);
        if (StepPlanner.returnsResult(next) && c.state() != CaseRow.State.RESULT_READY) {
            return issueResult(c, step, next, note, now);
        }
        boolean backFromTransfer = step.returnTo() != null && next.returnTo() == null;
        HistoryDetail detail = new HistoryDetail(note, step.stepName(), next.stepName(), next.unitCode(), null, true,
                null);
        if (backFromTransfer) {
            dossiers.advance(c.dossierId(), DossierAction.TRANSFER, detail);
        } else {
            dossiers.record(c.dossierId(), action, detail);
        }
        return c;
    }

    private CaseRow issueResult(CaseRow c, StepRow step, @Nullable StepRow next, String note, Instant now) {
        String timeliness = planner.calendar(c.leadAgency()).classify(now, c.due()).name();
        dossiers.advance(c.dossierId(), DossierAction.ISSUE_RESULT, new HistoryDetail(note, step.stepName(),
                next == null ? null : next.stepName(), next == null ? c.receivingAgency() : next.unitCode(), null, true,
                null));
        return c.resultReady(now, timeliness);
    }

    private StepRow atStep(Optional<StepRow> open, SignedInUser user, StepAction action) {
        StepRow step = open.orElseThrow(() -> new ActionRefused("action", "processing.error.noOpenStep"));
        permissions.require(permissions.mayActAt(user, step), action.name());
        if (!step.allows(action)) {
            throw new ActionRefused("action", "processing.error.notAllowedHere");
        }
        return step;
    }

    private static StepAction approvalOf(Optional<StepRow> open) {
        return open.filter(s -> s.allows(StepAction.SIGN)).isPresent() ? StepAction.SIGN : StepAction.APPROVE;
    }

    private String timeliness(StepRow step, Instant now) {
        return planner.calendar(step.unitCode()).classify(now, step.due()).name();
    }

    private DossierView dossier(CaseRow c) {
        return dossiers.find(c.dossierId()).orElseThrow(() -> new ResourceNotFound("no dossier " + c.dossierId()));
    }

    private static void requireRunning(CaseRow c) {
        if (c.state() != CaseRow.State.ACTIVE) {
            throw new ActionRefused("action", c.state() == CaseRow.State.PAUSED ? "processing.error.paused"
                    : "processing.error.notRunning");
        }
    }

    private static void requireOpenForEnd(CaseRow c) {
        if (c.state() != CaseRow.State.ACTIVE && c.state() != CaseRow.State.PAUSED) {
            throw new ActionRefused("action", "processing.error.notRunning");
        }
    }

    private static StepRow withAssignee(StepRow s, @Nullable String assignee) {
        return new StepRow(s.id(), s.dossierId(), s.definitionId(), s.definitionVersion(), s.stepIndex(), s.stepName(),
                s.role(), s.agencyCode(), s.unitCode(), assignee, s.allottedMinutes(), s.actions(), s.startedAt(),
                s.due(), s.pausedMinutes(), s.endedAt(), s.endedBy(), s.outcome(), s.timeliness(), s.returnTo());
    }

    private static @Nullable String assignee(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = name.strip();
        if (!clean.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new ActionRefused("assignee", "processing.error.assignee");
        }
        return clean;
    }

    /** A note or reason: trimmed, at most 2,000 characters; {@code required} refuses an empty one. */
    private static String text(@Nullable String value, boolean required) {
        String clean = value == null ? "" : value.strip();
        if (required && clean.isEmpty()) {
            throw new ActionRefused("reason", "processing.error.reasonRequired");
        }
        if (clean.length() > 2000) {
            throw new ActionRefused("reason", "processing.error.reasonTooLong");
        }
        return clean;
    }
}
