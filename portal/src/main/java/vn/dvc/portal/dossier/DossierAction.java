package vn.dvc.portal.dossier;

/**
 * What moves a dossier from one state to another: the names of the edges of {@link DossierLifecycle}. The
 * first five are the dossier module's own (submission and reception); the processing module drives the
 * others through {@link Dossiers#advance}.
 */
public enum DossierAction {
    /** The applicant submits online (or it arrives from the National Portal). */
    SUBMIT,
    /** The desk receives: the code is issued and the appointment computed (Form 01). */
    RECEIVE,
    /** The desk refuses to receive it (Form 03). */
    REFUSE,
    /** Before receipt, the desk asks for supplements (Form 02). */
    REQUEST_COMPLETION,
    /** The applicant supplements a dossier the desk returned before receipt. */
    COMPLETE,
    /** Processing starts at the competent agency. */
    START_PROCESSING,
    /** The dossier moves to another step or agency (liên thông). */
    TRANSFER,
    /** During processing, a supplement is requested; the clock pauses. */
    REQUEST_SUPPLEMENT,
    /** The applicant provides the supplement; the clock resumes. */
    PROVIDE_SUPPLEMENT,
    /** A fee, charge or tax is requested. */
    REQUEST_PAYMENT,
    /** The payment is received. */
    RECORD_PAYMENT,
    /** The applicant withdraws the dossier. */
    WITHDRAW,
    /** The agency stops processing, with reasons. */
    STOP,
    /** The leader approved; the result is issued. */
    ISSUE_RESULT,
    /** The result is handed over or delivered. */
    RETURN_RESULT
}
