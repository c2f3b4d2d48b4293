package vn.dvc.portal.notification.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.dossier.DossierContact;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.DossierNotAccepted;
import vn.dvc.portal.dossier.DossierReceived;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.ResultIssued;
import vn.dvc.portal.dossier.SupplementRequested;
import vn.dvc.portal.notification.NotificationChannel;
import vn.dvc.portal.notification.NotificationTemplate;
import vn.dvc.portal.notification.Notifications;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.processing.ApologyIssued;

/**
 * Tells the applicant what happened to their dossier (#8 item 6, INT-4), one template per event: received,
 * supplement requested, result ready, apology with a new appointment, not accepted. It runs after the event's
 * transaction committed (from the event registry, so a crash retries it and a rolled-back transaction sends
 * nothing). The recipient: the owner account over the channels it chose, else the e-mail and phone on the
 * dossier. The reference is the event's type, dossier and instant, so a redelivered event queues nothing twice.
 * Answers to questions are not sent here: the feedback module writes to the asker itself.
 */
@Component
class DossierNotices {

    private static final Logger log = LoggerFactory.getLogger(DossierNotices.class);

    private final Notifications notifications;
    private final Dossiers dossiers;
    private final Agencies agencies;

    DossierNotices(Notifications notifications, Dossiers dossiers, Agencies agencies) {
        this.notifications = notifications;
        this.dossiers = dossiers;
        this.agencies = agencies;
    }

    @ApplicationModuleListener
    void on(DossierReceived event) {
        notify("dossier-received", event.dossierId(), event.at(), NotificationTemplate.DOSSIER_RECEIVED,
                (dossier, params) -> params.put("appointmentDate", PortalTime.TIME_ON_DATE.format(event.dueAt())));
    }

    @ApplicationModuleListener
    void on(SupplementRequested event) {
        notify("supplement-requested", event.dossierId(), event.at(), NotificationTemplate.SUPPLEMENT_REQUESTED,
                (dossier, params) -> params.put("reason", reason(dossier.id(), event.beforeReceipt()
                        ? DossierStatus.AWAITING_COMPLETION : DossierStatus.WAITING_FOR_SUPPLEMENT,
                        "theo phiếu yêu cầu bổ sung, hoàn thiện hồ sơ")));
    }

    @ApplicationModuleListener
    void on(ResultIssued event) {
        notify("result-issued", event.dossierId(), event.at(), NotificationTemplate.RESULT_READY,
                (dossier, params) -> params.put("returnPlace", agencies.find(dossier.receivingAgency())
                        .map(Agency::name).orElse("Bộ phận Một cửa nơi tiếp nhận hồ sơ")));
    }

    @ApplicationModuleListener
    void on(ApologyIssued event) {
        notify("apology-issued", event.dossierId(), event.at(), NotificationTemplate.APOLOGY_ISSUED,
                (dossier, params) -> params.put("newAppointmentDate", PortalTime.TIME_ON_DATE.format(event.newDue())));
    }

    @ApplicationModuleListener
    void on(DossierNotAccepted event) {
        notify("dossier-not-accepted", event.dossierId(), event.at(), NotificationTemplate.DOSSIER_NOT_ACCEPTED,
                (dossier, params) -> params.put("reason", reason(dossier.id(), DossierStatus.NOT_ACCEPTED,
                        "theo phiếu từ chối tiếp nhận giải quyết hồ sơ")));
    }

    private interface Extra {
        void add(DossierView dossier, Map<String, String> params);
    }

    private void notify(String kind, UUID dossierId, Instant at, NotificationTemplate template, Extra extra) {
        DossierView dossier = dossiers.find(dossierId).orElse(null);
        DossierContact contact = dossiers.contact(dossierId).orElse(null);
        if (dossier == null || contact == null) {
            log.warn("Notification {} for dossier {}: the dossier is gone", kind, dossierId);
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("dossierCode", dossier.code() != null ? dossier.code()
                : "nộp ngày " + PortalTime.DATE.format(dossier.submittedAt() != null ? dossier.submittedAt() : at));
        params.put("procedureName", dossier.procedureName());
        extra.add(dossier, params);
        String reference = kind + ":" + dossierId + ":" + at.toEpochMilli();
        if (contact.ownerAccount() != null) {
            notifications.notifyAccount(reference, contact.ownerAccount(), template, params);
            return;
        }
        address(reference, NotificationChannel.EMAIL, contact.email(), template, params);
        address(reference, NotificationChannel.SMS, contact.phone().replaceAll("[\\s.\\-]", ""), template, params);
    }

    private void address(String reference, NotificationChannel channel, String address, NotificationTemplate template,
            Map<String, String> params) {
        if (address.isBlank()) {
            return;
        }
        try {
            notifications.notifyAddress(reference, channel, address, template, params,
                    java.util.Locale.forLanguageTag("vi"));
        } catch (IllegalArgumentException unusable) {
            // the address on the dossier is not usable; it is personal data, so it is not logged
            log.warn("Notification {}: the dossier's {} address is not usable", reference, channel);
        }
    }

    /** The note of the latest history entry that entered {@code status}, or the fallback. */
    private String reason(UUID dossierId, DossierStatus status, String fallback) {
        return dossiers.history(dossierId).stream().filter(entry -> entry.to() == status)
                .max(Comparator.comparingLong(DossierHistoryEntry::sequence))
                .map(entry -> entry.detail().note().strip()).filter(note -> !note.isEmpty()).orElse(fallback);
    }
}
