package vn.dvc.portal.processing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.calendar.Timeliness;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.dossier.DossierContact;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.identity.OfficerScope;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;

/** The control sheet (Form 05) of one dossier and the log book (Form 06) of an agency for a period. */
@Component
class ProcessingDocuments {

    private static final Map<String, String> OUTCOME = Map.of("EARLY", "Trước hạn", "ON_TIME", "Đúng hạn",
            "LATE", "Quá hạn");

    private final ProcessingSlipArchive archive;
    private final LogBookExport export;
    private final CaseStore store;
    private final Dossiers dossiers;
    private final Agencies agencies;
    private final Permissions permissions;
    private final OfficerScope scope;
    private final AuditLog audit;

    ProcessingDocuments(ProcessingSlipArchive archive, LogBookExport export, CaseStore store, Dossiers dossiers,
            Agencies agencies, Permissions permissions, OfficerScope scope, AuditLog audit) {
        this.archive = archive;
        this.export = export;
        this.store = store;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.permissions = permissions;
        this.scope = scope;
        this.audit = audit;
    }

    /** Form 05: each hand-over with who gave and who received it, when, and how the step met its due time. */
    byte[] controlSheet(CaseQueries.Detail detail) {
        List<StepRow> steps = store.steps(detail.processing().dossierId());
        List<SlipFacts.Handover> rows = new ArrayList<>();
        String giver = archive.name(detail.processing().receivingAgency()) + " (Bộ phận Một cửa)";
        for (int i = 0; i < steps.size(); i++) {
            StepRow s = steps.get(i);
            String receiver = archive.name(s.unitCode()) + (s.assignee() == null ? "" : " — " + s.assignee());
            String outcome = s.timeliness() == null ? "Đang xử lý" : OUTCOME.getOrDefault(s.timeliness(), s.timeliness());
            rows.add(new SlipFacts.Handover(giver, receiver, s.startedAt(), s.due(), outcome, s.stepName()));
            giver = archive.name(s.unitCode()) + (s.endedBy() == null ? "" : " — " + s.endedBy());
        }
        return archive.controlSheet(detail.processing(), rows);
    }

    /** Form 06 of {@code agencyCode} (and the agencies below it) for dossiers received in [from, to]. */
    @Transactional // the export is audited
    byte[] logBook(String agencyCode, LocalDate from, LocalDate to) {
        SignedInUser user = permissions.user();
        if (user.getRoles().stream().noneMatch(Role::isOfficerRole) || !scope.covers(user, agencyCode)) {
            throw new AccessDeniedException("the log book of another agency");
        }
        audit.record("dossier.logbook.export", "agency", agencyCode, Map.of("from", from.toString(), "to", to.toString()));
        List<String> codes = agencies.subtree(agencyCode).stream().map(Agency::code).toList();
        Instant start = from.atStartOfDay(WorkingCalendar.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
        List<SlipFacts.LogBookRow> rows = new ArrayList<>();
        int number = 1;
        for (ProcessingCase c : store.receivedBetween(codes.isEmpty() ? List.of(agencyCode) : codes, start, end)) {
            DossierView d = dossiers.find(c.dossierId()).orElse(null);
            if (d == null) {
                continue;
            }
            String phone = dossiers.contact(c.dossierId()).map(DossierContact::phone).orElse("");
            List<DossierHistoryEntry> history = dossiers.history(c.dossierId());
            Instant transferred = history.stream().filter(h -> h.action().equals("TRANSFER")).map(DossierHistoryEntry::at)
                    .findFirst().orElse(null);
            Instant resultOrSupplement = c.resultReadyAt() != null ? c.resultReadyAt() : history.stream()
                    .filter(h -> h.action().equals("REQUEST_SUPPLEMENT")).map(DossierHistoryEntry::at).findFirst()
                    .orElse(null);
            Instant returned = c.status() == DossierStatus.RESULT_RETURNED ? c.endedAt() : null;
            rows.add(new SlipFacts.LogBookRow(number++, c.dossierCode(), d.procedureName(), 1, d.applicantName(), phone,
                    archive.name(c.leadAgency()), c.receivedAt(), c.due(), transferred, resultOrSupplement, returned,
                    note(c)));
        }
        return export.workbook(new SlipFacts.LogBook(archive.name(agencyCode), from, to, rows));
    }

    private static String note(ProcessingCase c) {
        List<String> notes = new ArrayList<>();
        Timeliness timeliness = c.timeliness();
        if (timeliness != null) {
            notes.add(OUTCOME.getOrDefault(timeliness.name(), timeliness.name()));
        }
        if (c.supplementRequests() > 0) {
            notes.add("Bổ sung " + c.supplementRequests() + " lần");
        }
        if (c.apologyAt() != null) {
            notes.add("Đã xin lỗi, hẹn lại");
        }
        switch (c.status()) {
            case WITHDRAWN -> notes.add("Rút hồ sơ");
            case STOPPED -> notes.add("Dừng xử lý");
            default -> { }
        }
        return String.join("; ", notes);
    }
}
