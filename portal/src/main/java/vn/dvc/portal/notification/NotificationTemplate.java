package vn.dvc.portal.notification;

import java.util.List;

/**
 * The templates of notifications, one per kind of event. Their texts (subject, body, SMS) are in the
 * module's message bundle ({@code i18n/notification*.properties}, Vietnamese and English) with
 * {@code {name}} placeholders; {@link #parameters()} lists the names a caller must give.
 */
public enum NotificationTemplate {

    /** The dossier was received (tiếp nhận), with its appointment to return the result. */
    DOSSIER_RECEIVED(List.of("dossierCode", "procedureName", "appointmentDate")),
    /** The dossier must be supplemented (bổ sung). */
    SUPPLEMENT_REQUESTED(List.of("dossierCode", "procedureName", "reason")),
    /** The result is ready to be returned (trả kết quả). */
    RESULT_READY(List.of("dossierCode", "procedureName", "returnPlace")),
    /** The dossier is late: an apology letter with the new appointment. */
    APOLOGY_ISSUED(List.of("dossierCode", "procedureName", "newAppointmentDate")),
    /** The dossier was not accepted (refused), with the reason. */
    DOSSIER_NOT_ACCEPTED(List.of("dossierCode", "procedureName", "reason")),
    /** A question (hỏi đáp) or feedback (phản ánh kiến nghị) was answered. */
    ANSWER_PUBLISHED(List.of("questionTitle", "answerLink")),
    /** A one-time code; its body is secret (never logged, erased once delivered). */
    ONE_TIME_CODE(List.of("code", "minutes")),
    /** The answer to an SMS look-up (look-up module): the public status of a dossier, nothing personal. */
    LOOKUP_STATUS(List.of("dossierCode", "statusName", "appointmentDate", "standing")),
    /** The answer to an SMS look-up of a well-formed code that no dossier has. */
    LOOKUP_NOT_FOUND(List.of("dossierCode")),
    /** The answer to an SMS that is no look-up: the syntax. */
    LOOKUP_HELP(List.of());

    private final List<String> parameters;

    NotificationTemplate(List<String> parameters) {
        this.parameters = parameters;
    }

    /** The placeholder names the texts use; every one must be given. */
    public List<String> parameters() {
        return parameters;
    }

    /** Whether the body is secret: a one-time code. */
    public boolean secret() {
        return this == ONE_TIME_CODE;
    }

    /**
     * Whether an applicant may choose its channels (a one-time code goes where it was asked for, an SMS look-up's
     * answer to the phone that asked).
     */
    public boolean choosable() {
        return this != ONE_TIME_CODE && !isLookupAnswer();
    }

    /** Whether it answers an SMS look-up (sent to the asking number only). */
    public boolean isLookupAnswer() {
        return this == LOOKUP_STATUS || this == LOOKUP_NOT_FOUND || this == LOOKUP_HELP;
    }
}
