package vn.dvc.portal.platform;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's online submission step reached the province's portal in headless mode
 * ({@link CitizenPortal#requireOnlineSubmission}): citizens file on the National Public Service Portal. Pages answer
 * with the page that says so and links there (200 for a GET, which is a page to read; 409 for a POST, whose change
 * was not made); the API answers 409 problem JSON with the code {@code SUBMISSION_AT_NATIONAL_PORTAL} and
 * {@code nationalPortalUrl}.
 */
public class SubmissionAtNationalPortal extends RuntimeException {

    private final @Nullable String procedureCode;
    private final @Nullable String procedureName;
    private final String nationalUrl;
    private final String procedureUrl;
    private final boolean draft;

    SubmissionAtNationalPortal(CitizenPortal portal, @Nullable String procedureCode, @Nullable String procedureName,
            boolean draft) {
        super("online dossiers are filed on the National Public Service Portal"
                + (procedureCode == null ? "" : " (procedure " + procedureCode + ")"));
        this.procedureCode = procedureCode;
        this.procedureName = procedureName;
        this.nationalUrl = portal.nationalUrl();
        this.procedureUrl = procedureCode == null ? portal.nationalUrl() : portal.procedureUrl(procedureCode);
        this.draft = draft;
    }

    /** The procedure concerned, if one of ours offered online; null for the submission section as a whole. */
    public @Nullable String procedureCode() {
        return procedureCode;
    }

    public @Nullable String procedureName() {
        return procedureName;
    }

    /** The National Portal's home page. */
    public String nationalUrl() {
        return nationalUrl;
    }

    /** Where to file: the procedure's page on the National Portal, else its home page. */
    public String procedureUrl() {
        return procedureUrl;
    }

    /** Whether the step was on a draft the applicant began here before the switch (it is kept, not submitted). */
    public boolean draft() {
        return draft;
    }
}
