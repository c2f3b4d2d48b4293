package vn.dvc.portal.notification;

/** How a notification reaches a person. */
public enum NotificationChannel {
    /** E-mail over SMTP ({@code DVC_SMTP_HOST}). */
    EMAIL,
    /** SMS through the HTTP gateway ({@code DVC_SMS_GATEWAY_URL}). */
    SMS,
    /** A message in the applicant's account area ({@code /tai-khoan/thong-bao}). */
    IN_APP
}
