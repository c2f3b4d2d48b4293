package vn.dvc.portal.dossier;

/** Where a file the processing module attaches to a dossier comes from. */
public enum FileOrigin {
    /** The result the agency issued (kept in the owner's personal data store). */
    RESULT,
    /** A document the applicant supplemented during processing. */
    SUPPLEMENT,
    /** A slip processing issued (Form 02 supplement request, Form 04 apology, the refusal). */
    SLIP
}
