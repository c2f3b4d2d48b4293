package vn.dvc.portal.processing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.calendar.Standing;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.dossier.DossierFile;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.HistoryVerification;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.ResourceNotFound;
import vn.dvc.portal.processing.StepAction;

/** The read side of processing for officers: inboxes and a dossier's processing page, each read authorised. */
@Service
public class CaseQueries {

    static final int INBOX_LIMIT = 500;

    /** Which inbox: what waits for me, my unit's (leaders), everything late (the Centre), unanswered comments. */
    enum Inbox { MINE, UNIT, LATE, COMMENTS }

    public record Detail(DossierView dossier, ProcessingCase processing, @Nullable StepRow open, List<StepAction> allowed,
                  boolean mayAct, boolean desk, boolean leader, List<CaseViews.Handover> handovers,
                  List<CaseViews.AgencyShare> shares, List<DossierHistoryEntry> history,
                  HistoryVerification verification, List<DossierFile> files, Map<String, String> agencyNames,
                  List<Agency> transferTargets, String remaining, Standing standing,
                  List<Comments.Comment> comments, List<StepRow> steps) {

        /** An instant as the pages show it, e.g. "14:30 02/12/2026" in Yên Bái. */
        public String time(java.time.Instant at) {
            return CaseViews.TIME.format(at);
        }

        /**
         * The actions this officer may take now, by the API's names: where the case page offers an action's form
         * ({@code processing/case.html}: the step allows it and the officer may act there, or is the receiving desk,
         * or leads), less what the case's state refuses (the step's actions only while processing runs — not while
         * the clock is paused for a supplement — and the result's return only once it is ready). {@link CaseActions}
         * checks everything again when one is taken.
         */
        public List<String> offered() {
            List<String> offered = new ArrayList<>();
            ProcessingCase c = processing;
            if (open != null && mayAct && c.isRunning()) {
                if (allowed.contains(StepAction.FORWARD)) {
                    offered.add("forward");
                }
                if (allowed.contains(StepAction.APPROVE) || allowed.contains(StepAction.SIGN)) {
                    offered.add("approve");
                }
                if (allowed.contains(StepAction.REQUEST_SUPPLEMENT)) {
                    offered.add("request-supplement");
                }
                if (allowed.contains(StepAction.RETURN_TO_PREVIOUS)) {
                    offered.add("return-to-previous");
                }
                if (allowed.contains(StepAction.TRANSFER)) {
                    offered.add("transfer");
                }
                if (allowed.contains(StepAction.REFUSE)) {
                    offered.add("refuse");
                }
            }
            if (open != null && mayAct && c.isResultReady() && allowed.contains(StepAction.RETURN_RESULT)) {
                offered.add("return-result");
            }
            if (c.isOpen()) {
                if (open != null && (leader || mayAct)) {
                    offered.add("assign");
                }
                if (c.mayApologise() && (mayAct || leader)) {
                    offered.add("apologise");
                }
                if (c.isPaused() && desk) {
                    offered.add("record-supplement");
                }
                if (desk && c.isInProgress()) {
                    offered.add("withdraw");
                }
                if (leader && c.isInProgress()) {
                    offered.add("stop");
                }
                if (open == null && c.isResultReady() && desk) {
                    offered.add("return-result");
                }
            }
            return offered;
        }
    }

    private final CaseStore store;
    private final CaseViews views;
    private final Permissions permissions;
    private final Dossiers dossiers;
    private final Agencies agencies;
    private final StepPlanner planner;
    private final AuditLog audit;
    private final Comments comments;
    private final Clock clock;

    CaseQueries(CaseStore store, CaseViews views, Permissions permissions, Dossiers dossiers, Agencies agencies,
            StepPlanner planner, AuditLog audit, Comments comments, Clock clock) {
        this.comments = comments;
        this.store = store;
        this.views = views;
        this.permissions = permissions;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.planner = planner;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CaseViews.InboxRow> inbox(Inbox inbox) {
        SignedInUser user = officer();
        List<StepRow> steps = switch (inbox) {
            case MINE -> store.openSteps(units(user), INBOX_LIMIT).stream()
                    .filter(s -> permissions.mayActAt(user, s)).toList();
            case UNIT -> {
                if (!user.hasRole(Role.LEADER) && !user.hasRole(Role.CENTRE) && !user.hasRole(Role.ADMIN)) {
                    throw new AccessDeniedException("the unit's inbox is for leaders");
                }
                yield store.openSteps(units(user), INBOX_LIMIT);
            }
            case COMMENTS -> {
                List<StepRow> commented = new ArrayList<>();
                for (UUID dossier : comments.unanswered(units(user), INBOX_LIMIT)) {
                    store.openStep(dossier).or(() -> store.steps(dossier).stream().reduce((a, b) -> b))
                            .ifPresent(commented::add);
                }
                yield commented;
            }
            case LATE -> {
                if (!user.hasRole(Role.CENTRE) && !user.hasRole(Role.ADMIN)) {
                    throw new AccessDeniedException("the late list is the Centre's");
                }
                List<StepRow> late = new ArrayList<>();
                for (UUID dossier : store.overdue(clock.instant(), INBOX_LIMIT)) {
                    store.openStep(dossier).ifPresent(late::add);
                }
                yield late;
            }
        };
        return views.rows(steps);
    }

    @Transactional // the read is audited
    Detail detail(UUID dossierId) {
        SignedInUser user = officer();
        DossierView d = dossiers.find(dossierId)
                .orElseThrow(() -> new ResourceNotFound("no processing of " + dossierId));
        ProcessingCase c = store.find(d).orElseThrow(() -> new ResourceNotFound("no processing of " + dossierId));
        List<StepRow> steps = store.steps(dossierId);
        permissions.require(permissions.maySee(user, c, steps), "see");
        audit.record("dossier.read", "dossier", dossierId.toString(), Map.of("by", "processing"));
        StepRow open = steps.stream().filter(StepRow::isOpen).findFirst().orElse(null);
        boolean mayAct = open != null && permissions.mayActAt(user, open);
        boolean leader = open != null ? permissions.leads(user, open) : permissions.leadsAgency(user, c.leadAgency());
        var calendar = planner.calendar(c.leadAgency());
        String remaining = c.isOpen() && !c.isPaused()
                ? CaseViews.workingTime(calendar.remaining(clock.instant(), c.due())) : "";
        Standing standing = c.isPaused() ? Standing.PAUSED
                : CaseViews.standing(calendar, clock.instant(), c.due());
        Map<String, String> names = new java.util.HashMap<>();
        for (StepRow s : steps) {
            names.put(s.unitCode(), views.name(s.unitCode()));
            names.put(s.agencyCode(), views.name(s.agencyCode()));
        }
        List<Agency> targets = open != null && open.allows(StepAction.TRANSFER)
                ? agencies.validOn(java.time.LocalDate.now(clock)).stream()
                .filter(a -> !a.code().equals(open.agencyCode())).toList() : List.of();
        return new Detail(d, c, open, open == null ? List.of() : open.actions(), mayAct,
                permissions.isDesk(user, c), leader, views.handovers(steps), views.shares(steps),
                dossiers.history(dossierId), dossiers.verifyHistory(dossierId), dossiers.files(dossierId), names,
                targets, remaining, standing, comments.of(dossierId), steps);
    }

    /** A file of a dossier the officer may see (audited). */
    @Transactional
    byte[] file(UUID dossierId, UUID fileId) {
        SignedInUser user = officer();
        ProcessingCase c = store.find(dossierId).orElseThrow(() -> new ResourceNotFound("no processing of " + dossierId));
        permissions.require(permissions.maySee(user, c, store.steps(dossierId)), "file");
        audit.record("dossier.file.read", "dossier", dossierId.toString(), Map.of("file", fileId.toString()));
        return dossiers.fileContent(dossierId, fileId).orElseThrow(() -> new ResourceNotFound("no file " + fileId));
    }

    DossierFile fileInfo(UUID dossierId, UUID fileId) {
        return dossiers.files(dossierId).stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow(() -> new ResourceNotFound("no file " + fileId));
    }

    @Transactional(readOnly = true)
    HistoryVerification verification(UUID dossierId) {
        SignedInUser user = officer();
        ProcessingCase c = store.find(dossierId).orElseThrow(() -> new ResourceNotFound("no processing of " + dossierId));
        permissions.require(permissions.maySee(user, c, store.steps(dossierId)), "verify");
        return dossiers.verifyHistory(dossierId);
    }

    private SignedInUser officer() {
        SignedInUser user = permissions.user();
        if (user.getRoles().stream().noneMatch(Role::isOfficerRole)) {
            throw new AccessDeniedException("officers only");
        }
        return user;
    }

    private List<String> units(SignedInUser user) {
        String root = user.getScopeCode() != null ? user.getScopeCode() : user.getAgencyCode();
        if (root == null) {
            return List.of();
        }
        return agencies.subtree(root).stream().map(Agency::code).toList();
    }
}
