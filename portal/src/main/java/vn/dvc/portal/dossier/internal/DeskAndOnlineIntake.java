package vn.dvc.portal.dossier.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.dossier.DossierIntake;

/**
 * {@link DossierIntake} by delegation: the desk's {@link Reception} and the applicant's {@link OnlineSubmission}
 * do the work, with their own role checks, rules and transactions; this class only translates the public records.
 */
@Service
class DeskAndOnlineIntake implements DossierIntake {

    private final Reception reception;
    private final OnlineSubmission online;

    DeskAndOnlineIntake(Reception reception, OnlineSubmission online) {
        this.reception = reception;
        this.online = online;
    }

    @Override
    public UUID receiveAtDesk(DeskIntake intake) {
        return reception.receive(walkIn(intake));
    }

    @Override
    public UUID refuseAtDesk(DeskIntake intake, String reason) {
        return reception.refuse(walkIn(intake), reason);
    }

    @Override
    @Transactional
    public UUID submitOnline(OnlineIntake intake) {
        UUID draft = online.start(intake.procedureCode(), intake.caseCode());
        Map<String, String> form = new LinkedHashMap<>(online.draft(draft).formData());
        form.putAll(intake.form());
        online.saveForm(draft, form, intake.idNumber());
        for (File file : intake.files()) {
            online.attach(draft, upload(file));
        }
        return online.submit(draft, online.draft(draft).token());
    }

    @Override
    public void receive(UUID submitted) {
        reception.receiveSubmitted(submitted);
    }

    @Override
    public void refuse(UUID submitted, String reason) {
        reception.refuseSubmitted(submitted, reason);
    }

    @Override
    public void requestCompletion(UUID submitted, String reason, List<String> items) {
        reception.requestCompletionOfSubmitted(submitted, reason, items);
    }

    private static WalkIn walkIn(DeskIntake intake) {
        DossierIntake.Applicant a = intake.applicant();
        vn.dvc.portal.dossier.internal.Applicant applicant = ApplicantRules.check(a.organisation()
                        ? vn.dvc.portal.dossier.internal.Applicant.Kind.ORGANISATION
                        : vn.dvc.portal.dossier.internal.Applicant.Kind.PERSON,
                a.name(), a.idNumber(), a.address(), a.phone(), a.email(), a.submitterName(), a.submitterPhone());
        return new WalkIn(intake.procedureCode(), intake.caseCode(), intake.channel(), applicant, intake.provided(),
                intake.sets(), intake.summary(), intake.formData(), intake.scans().stream().map(DeskAndOnlineIntake::upload)
                        .toList());
    }

    private static Upload upload(File file) {
        return new Upload(file.componentCode(), file.fileName(), "", file.content());
    }
}
