package vn.dvc.portal.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.FileNames;
import vn.dvc.portal.platform.ResourceNotFound;

/** What the dossier pages show, and the slip and file downloads (every read of a personal file is audited). */
@Component
public class DossierViews {

    /** A row of a list. */
    public record Summary(UUID id, @Nullable String code, String procedureCode, String procedureName, String applicantName,
                   DossierStatus status, int nationalCode, String channel, String createdAt, String receivedAt,
                   String dueAt) {
    }

    public record FileRow(UUID id, String componentCode, String fileName, String mediaType, long size, String origin) {
    }

    /** @param step the step reached (or left); @param agency the name of the department or agency that holds it */
    public record HistoryRow(String at, String actor, String action, String to, String note, String step,
                             String agency) {
    }

    /** A dossier's page. */
    public record Detail(Summary summary, Applicant applicant, String maskedId, String caseName, String summaryText,
                  int sets, String timeLimit, List<ComponentLine> components, List<FileRow> files,
                  List<HistoryRow> history, @Nullable String slip, Dossier.@Nullable Decision decision) {
    }

    private final DossierStore store;
    private final Attachments attachments;
    private final Slips slips;
    private final AuditLog audit;
    private final Agencies agencies;

    DossierViews(DossierStore store, Attachments attachments, Slips slips, AuditLog audit, Agencies agencies) {
        this.store = store;
        this.agencies = agencies;
        this.attachments = attachments;
        this.slips = slips;
        this.audit = audit;
    }

    private String agencyName(@Nullable String code) {
        return code == null ? "" : agencies.find(code).map(vn.dvc.portal.catalog.Agency::name).orElse(code);
    }

    Summary summary(Dossier d) {
        Dossier.Particulars p = d.particulars();
        return new Summary(d.id(), d.code(), p.procedure().code(), p.procedure().name(), p.applicant().name(),
                d.status(), d.status().nationalCode(), p.channel().name(), time(p.createdAt()), time(d.receivedAt()),
                time(d.dueAt()));
    }

    /** @param officer whether an officer looks (the applicant sees only the entries meant for them) */
    Detail detail(Dossier d, boolean officer) {
        Dossier.Particulars p = d.particulars();
        List<FileRow> files = attachments.of(d.id()).stream()
                .map(a -> new FileRow(a.id(), a.componentCode(), a.fileName(), a.mediaType(), a.size(), a.origin()))
                .toList();
        List<HistoryRow> history = store.history(d.id()).stream()
                .map(DossierStore.StoredEntry::entry)
                .filter(h -> officer || h.detail().applicantVisible())
                .map(h -> new HistoryRow(time(h.at()), officer ? h.actor() : "", h.action(), h.to().name(),
                        h.detail().note(), java.util.Objects.requireNonNullElse(h.detail().toStep(),
                                java.util.Objects.requireNonNullElse(h.detail().fromStep(), "")),
                        agencyName(h.detail().agencyCode())))
                .toList();
        return new Detail(summary(d), p.applicant(), p.applicant().maskedId(), p.procedure().caseName(), p.summary(),
                p.sets(), p.timeLimit(), p.components(), files, history, slipKind(d), d.decision());
    }

    static @Nullable String slipKind(Dossier d) {
        if (d.code() != null) {
            return "RECEIPT";
        }
        return switch (d.status()) {
            case AWAITING_COMPLETION -> "SUPPLEMENT";
            case NOT_ACCEPTED -> "REFUSAL";
            default -> null;
        };
    }

    ResponseEntity<byte[]> slip(Dossier d) {
        String kind = slipKind(d);
        if (kind == null) {
            throw new ResourceNotFound("dossier " + d.id() + " has no slip yet");
        }
        byte[] pdf = switch (kind) {
            case "RECEIPT" -> slips.receipt(d);
            case "SUPPLEMENT" -> slips.supplementRequest(d);
            default -> slips.refusal(d);
        };
        String name = switch (kind) {
            case "RECEIPT" -> "giay-tiep-nhan-" + d.code() + ".pdf";
            case "SUPPLEMENT" -> "phieu-yeu-cau-bo-sung.pdf";
            default -> "phieu-tu-choi-tiep-nhan.pdf";
        };
        audit.record("dossier.slip.printed", "dossier", d.id().toString(), Map.of("slip", kind));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.inline(name))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    /** A file of the dossier; the caller has checked the reader may see the dossier. */
    ResponseEntity<byte[]> file(Dossier d, UUID fileId) {
        Attachments.Attachment attachment = attachments.find(d.id(), fileId)
                .orElseThrow(() -> new ResourceNotFound("no file " + fileId + " in dossier " + d.id()));
        byte[] content;
        try (InputStream in = attachments.open(attachment)) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("dossier.file.read", "dossier-file", fileId.toString(),
                Map.of("dossier", d.id().toString(), "component", attachment.componentCode()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(attachment.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    public static String time(@Nullable Instant instant) {
        return instant == null ? "" : Slips.time(instant);
    }
}
