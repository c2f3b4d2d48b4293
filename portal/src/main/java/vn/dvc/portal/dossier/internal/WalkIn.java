package vn.dvc.portal.dossier.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvc.portal.dossier.Channel;

/**
 * A dossier handed in at the desk (in person or by post), as the desk officer recorded it.
 *
 * @param procedureCode national procedure code
 * @param caseCode      the case
 * @param channel       {@link Channel#IN_PERSON} or {@link Channel#POSTAL}
 * @param applicant     the applicant (checked by {@link ApplicantRules})
 * @param provided      the components ticked on the checklist
 * @param sets          number of sets (bộ)
 * @param summary       requested matter (trích yếu); blank: the procedure's name
 * @param formData      e-form values, if any
 * @param scans         scanned files, each for a component
 */
record WalkIn(String procedureCode, String caseCode, Channel channel, Applicant applicant, Set<String> provided,
              int sets, String summary, Map<String, String> formData, List<Upload> scans) {

    WalkIn {
        if (channel != Channel.IN_PERSON && channel != Channel.POSTAL) {
            throw IntakeRefusals.of("channel", "channel", "the desk receives in person or by post");
        }
        if (sets < 1 || sets > 99) {
            throw IntakeRefusals.of("sets", "sets", "the number of sets must be 1 to 99");
        }
    }
}
