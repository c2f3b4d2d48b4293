/**
 * Implementation of notifications: the outbox and its worker, the transports (SMTP, the SMS gateway, the
 * in-app inbox, and the development mailbox when no real channel is configured), the templates, the
 * applicant's inbox and channel choices, and the officers' delivery status page.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.notification.internal;
