package vn.dvc.portal.dossier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Intake for other modules (demo generation, integrations): the one-stop desk's reception and the applicant's
 * online submission, done by the same services, rules and checks as the desk's and the applicant's pages. The
 * caller acts as the signed-in user of its thread: a desk officer (role {@code DESK}, the dossier within their
 * scope) or, for {@link #submitOnline(OnlineIntake)}, a signed-in applicant. Each method runs in one
 * transaction (the caller's, if any); refused input throws and leaves nothing.
 */
public interface DossierIntake {

    /**
     * The applicant as the desk records it.
     *
     * @param organisation   an organisation (tax code) rather than a person (citizen ID or passport)
     * @param idNumber       citizen ID number, passport number or tax code
     * @param submitterName  who hands it in, if not the applicant; may be null
     * @param submitterPhone their phone; may be null
     */
    record Applicant(boolean organisation, String name, String idNumber, String address, String phone,
                     String email, @Nullable String submitterName, @Nullable String submitterPhone) {
    }

    /** A file for a component; its content is checked like every upload (type by content, size, virus scan). */
    record File(String componentCode, String fileName, byte[] content) {
    }

    /**
     * A dossier handed in at the desk of the acting officer's agency.
     *
     * @param channel  {@link Channel#IN_PERSON} or {@link Channel#POSTAL}
     * @param provided the codes of the components ticked on the checklist
     * @param summary  requested matter (trích yếu); blank: the procedure's name
     * @param scans    scanned files, may be empty
     */
    record DeskIntake(String procedureCode, String caseCode, Channel channel, Applicant applicant,
                      Set<String> provided, int sets, String summary, Map<String, String> formData, List<File> scans) {
    }

    /**
     * A dossier the signed-in applicant submits online: the draft is started (pre-filled from the profile),
     * the given values override it, the files are attached, and it is submitted.
     *
     * @param form     e-form values and the applicant's details ({@code applicant.name}, {@code applicant.address},
     *                 {@code applicant.phone}, {@code applicant.email}); missing ones keep the profile's
     * @param idNumber citizen ID number or tax code
     * @param files    one file per component provided
     */
    record OnlineIntake(String procedureCode, String caseCode, Map<String, String> form, String idNumber,
                        List<File> files) {
    }

    /** Receives a walk-in or postal dossier (code issued, appointment computed); it must be complete. */
    UUID receiveAtDesk(DeskIntake intake);

    /** Refuses a walk-in or postal dossier at the desk with the reason (Form 03); nothing is received. */
    UUID refuseAtDesk(DeskIntake intake, String reason);

    /** Submits online as the signed-in applicant; the dossier waits for the desk ({@link DossierStatus#SUBMITTED}). */
    UUID submitOnline(OnlineIntake intake);

    /** Receives a dossier submitted online, from the desk's queue. */
    void receive(UUID submitted);

    /** Refuses a dossier submitted online (Form 03). */
    void refuse(UUID submitted, String reason);

    /** Asks the applicant of a dossier submitted online to complete it before receipt (Form 02). */
    void requestCompletion(UUID submitted, String reason, List<String> items);
}
