package vn.dvc.portal.identity;

import java.util.Optional;
import java.util.UUID;

/** The applicant's own profile for other modules (the dossier e-form is pre-filled from it). */
public interface ApplicantProfiles {

    /** The profile of an applicant account (individual or organisation); empty for officers and unknown ids. */
    Optional<ApplicantProfile> find(UUID accountId);
}
