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
    ONE_TIME_CODE(List.of("code", "minutes"));

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

    /** Whether an applicant may choose its channels (a one-time code goes where it was asked for). */
    public boolean choosable() {
        return this != ONE_TIME_CODE;
    }
}
