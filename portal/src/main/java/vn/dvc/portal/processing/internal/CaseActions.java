package vn.dvc.portal.processing.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.FileOrigin;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.StepAction;

/**
 * The processing runtime (DOS-3 … DOS-7): starts a received dossier on its process and carries out every action
 * on it, each the same way — <strong>load</strong> the {@link ProcessingCase} (locked; the version the officer saw
 * must still be the case's, else {@link ProcessingConflict}), <strong>check</strong> who may act
 * ({@link Permissions}), <strong>call</strong> the case's method for the action (which checks its state and the
 * input: {@link RefusedInput} before anything is written) and <strong>store</strong> it ({@link CaseStore#save}:
 * its steps, the dossier's history and events, in this transaction). What an action needs from other services —
 * the next step from {@link StepPlanner}, a slip, a stored file — is handed to the case as a function.
 */
@Service
public class CaseActions {

    private final CaseStore store;
    private final StepPlanner planner;
    private final Dossiers dossiers;
    private final Permissions permissions;
    private final Agencies agencies;
    private final ResultSigner signer;
    private final ProcessingSlipArchive slips;
    private final Clock clock;

    CaseActions(CaseStore store, StepPlanner planner, Dossiers dossiers, Permissions permissions, Agencies agencies,
            ResultSigner signer, ProcessingSlipArchive slips, Clock clock) {
        this.store = store;
        this.planner = planner;
        this.dossiers = dossiers;
        this.permissions = permissions;
        this.agencies = agencies;
        this.signer = signer;
        this.slips = slips;
        this.clock = clock;
    }

    /** Starts processing a received dossier at the first step of its process (idempotent). */
    @Transactional
    public void start(UUID dossierId) {
        DossierView d = dossiers.find(dossierId).orElseThrow(() -> new ResourceNotFound("no dossier " + dossierId));
        ProcessingCase c = ProcessingCase.of(d, clock.instant()).orElse(null);
        if (c == null) {
            return;
        }
        ProcessDefinition definition = planner.definitionFor(d.procedureCode(), d.procedureVersion(),
                c.leadAgency(), d.caseCode(), c.receivedAt(), c.due());
        c.start(definition.name(), planner.first(c, definition, c.leadAgency(), c.startedAt()));
        store.add(c);
    }

    /**
     * Carries out {@code act} on the dossier as the signed-in user.
     *
     * @param version the case version the user saw
     */
    @Transactional
    public void act(UUID dossierId, int version, Act act) {
        ProcessingCase c = store.lock(dossierId)
                .orElseThrow(() -> new ResourceNotFound("no processing of " + dossierId));
        if (c.rowVersion() != version) {
            throw new ProcessingConflict(dossierId);
        }
        SignedInUser user = permissions.user();
        ProcessingCase.Acting acting = new ProcessingCase.Acting(user.getName(), clock.instant(), planner::calendar);
        switch (act) {
            case Act.Forward f -> {
                StepRow step = actingAt(c, user, StepAction.FORWARD);
                c.forward(f, planner.next(c, step, acting.at()), acting);
            }
            case Act.Approve a -> {
                StepRow step = actingAt(c, user, c.approval());
                c.approve(a, planner.next(c, step, acting.at()), acting, (pdf, sign) -> fileResult(c, pdf, sign, user));
            }
            case Act.ReturnToPrevious r -> {
                StepRow step = actingAt(c, user, StepAction.RETURN_TO_PREVIOUS);
                c.returnToPrevious(r, planner.previous(c, step, acting.at()), acting);
            }
            case Act.RequestSupplement r -> {
                StepRow step = actingAt(c, user, StepAction.REQUEST_SUPPLEMENT);
                c.pauseForSupplement(r, acting,
                        (reason, items) -> slips.supplementRequest(c, step, reason, items, user, acting.at()));
            }
            case Act.ProvideSupplement p -> {
                permissions.require(permissions.actsForApplicant(user, c, dossier(c)), "supplement");
                c.resume(p, acting, file -> dossiers.attachFile(c.dossierId(), FileOrigin.SUPPLEMENT, file.fileName(),
                        file.mediaType(), file.content()));
            }
            case Act.Refuse r -> {
                StepRow step = actingAt(c, user, StepAction.REFUSE);
                c.refuse(r, acting, reason -> slips.refusal(c, step, reason, user, acting.at()));
            }
            case Act.Transfer t -> {
                StepRow step = actingAt(c, user, StepAction.TRANSFER);
                c.transfer(t, agency -> agencies.find(agency).isPresent(), agency -> {
                    DossierView d = dossier(c);
                    return planner.transferTo(c, step, agency, d.procedureVersion(), d.caseCode(), acting.at());
                }, acting);
            }
            case Act.ReturnResult r -> {
                permissions.require(permissions.mayReturnResult(user, c, c.returnPoint().orElse(null)), "return");
                c.returnResult(r, acting);
            }
            case Act.Apologise a -> {
                permissions.require(permissions.mayApologise(user, c), "apology");
                c.apologise(a, holders(c), acting, previousDue -> slips.apology(c, previousDue, user, acting.at()));
            }
            case Act.Withdraw w -> {
                permissions.require(permissions.actsForApplicant(user, c, dossier(c)), "withdraw");
                c.withdraw(w, acting);
            }
            case Act.Stop s -> {
                permissions.require(permissions.mayStop(user, c), "stop");
                c.stop(s, acting);
            }
            case Act.Assign a -> {
                StepRow step = c.stepToAssign();
                String assignee = Act.assignee(a.assignee());
                permissions.require(permissions.mayAssign(user, step, assignee), "assign");
                c.assign(assignee);
            }
        }
        store.save(c);
    }

    /** The open step, where {@code user} must be one who may act. */
    private StepRow actingAt(ProcessingCase c, SignedInUser user, StepAction action) {
        StepRow step = c.stepToActAt();
        permissions.require(permissions.mayActAt(user, step), action.name());
        return step;
    }

    /** Stores an approved result with the dossier's files, through the signing port where the step signs. */
    private ProcessingCase.Result fileResult(ProcessingCase c, Act.Upload pdf, boolean sign, SignedInUser user) {
        ResultSigner.Signed signed = sign ? signer.sign(pdf.content(), user)
                : new ResultSigner.Signed(pdf.content(), false);
        UUID file = dossiers.attachFile(c.dossierId(), FileOrigin.RESULT, pdf.fileName(), pdf.mediaType(),
                signed.document());
        return new ProcessingCase.Result(file, signed.digitallySigned());
    }

    /** The units and agencies the dossier has been at (one of them may have caused a delay). */
    private Set<String> holders(ProcessingCase c) {
        Set<String> holders = new HashSet<>();
        for (StepRow s : store.steps(c.dossierId())) {
            holders.add(s.unitCode());
            holders.add(s.agencyCode());
        }
        return holders;
    }

    private DossierView dossier(ProcessingCase c) {
        return dossiers.find(c.dossierId()).orElseThrow(() -> new ResourceNotFound("no dossier " + c.dossierId()));
    }
}
