package vn.dvc.portal.processing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.FileOrigin;
import vn.dvc.portal.identity.SignedInUser;

/**
 * Fills the slips of processing from the dossier, its case and the catalogue, renders them
 * ({@link ProcessingSlips}) and attaches the ones the applicant receives (Forms 02 and 04, the refusal) to the
 * dossier's files, so the applicant downloads them from "Hồ sơ của tôi" and the history entry points at them.
 */
@Component
class ProcessingSlipArchive {

    private final ProcessingSlips slips;
    private final Dossiers dossiers;
    private final Agencies agencies;

    ProcessingSlipArchive(ProcessingSlips slips, Dossiers dossiers, Agencies agencies) {
        this.slips = slips;
        this.dossiers = dossiers;
        this.agencies = agencies;
    }

    /** Form 02 during processing; returns the file's id. */
    String supplementRequest(ProcessingCase c, StepRow step, String reason, List<String> items, SignedInUser officer,
            Instant at) {
        DossierView d = dossier(c);
        byte[] pdf = slips.supplementRequest(new SlipFacts.SupplementRequest(office(step.unitCode()), c.dossierCode(),
                d.procedureName(), d.applicantName(), c.receivedAt(), at, reason, items, officer.getDisplayName(),
                c.supplementRequests()));
        return attach(c, "Phieu-yeu-cau-bo-sung-" + c.supplementRequests(), pdf);
    }

    /** Form 04 of the apology {@code c} has just made (the appointment was {@code previousDue}); returns its id. */
    String apology(ProcessingCase c, Instant previousDue, SignedInUser signer, Instant at) {
        DossierView d = dossier(c);
        String causing = c.apologyAgency() == null ? c.leadAgency() : c.apologyAgency();
        byte[] pdf = slips.apology(new SlipFacts.Apology(office(causing), c.dossierCode(), d.procedureName(),
                d.applicantName(), c.receivedAt(), previousDue, c.due(),
                c.apologyReason() == null ? "" : c.apologyReason(), name(causing), signer.getDisplayName(), at));
        return attach(c, "Phieu-xin-loi-hen-lai", pdf);
    }

    /** The refusal to resolve; returns the file's id. */
    String refusal(ProcessingCase c, StepRow step, String reason, SignedInUser officer, Instant at) {
        DossierView d = dossier(c);
        byte[] pdf = slips.refusal(new SlipFacts.Refusal(office(step.unitCode()), c.dossierCode(), d.procedureName(),
                d.applicantName(), c.receivedAt(), at, reason, officer.getDisplayName()));
        return attach(c, "Phieu-tu-choi-giai-quyet", pdf);
    }

    /** Form 05 of a dossier, rendered on request from its hand-overs. */
    byte[] controlSheet(ProcessingCase c, List<SlipFacts.Handover> handovers) {
        DossierView d = dossier(c);
        return slips.controlSheet(new SlipFacts.ControlSheet(office(c.leadAgency()), c.dossierCode(),
                d.procedureName(), d.applicantName(), c.receivedAt(), c.due(), handovers));
    }

    SlipFacts.Office office(String agencyCode) {
        Agency agency = agencies.find(agencyCode).orElse(null);
        if (agency == null) {
            return new SlipFacts.Office(agencyCode, "", "", "");
        }
        String parent = agency.parentCode() == null ? "" : agencies.find(agency.parentCode())
                .map(p -> p.name().toUpperCase(Locale.forLanguageTag("vi"))).orElse("");
        return new SlipFacts.Office(agency.name(), parent, agency.address(), agency.phone());
    }

    String name(String agencyCode) {
        return agencies.find(agencyCode).map(Agency::name).orElse(agencyCode);
    }

    private DossierView dossier(ProcessingCase c) {
        return dossiers.find(c.dossierId()).orElseThrow();
    }

    private String attach(ProcessingCase c, String name, byte[] pdf) {
        UUID file = dossiers.attachFile(c.dossierId(), FileOrigin.SLIP, name + "-" + c.dossierCode() + ".pdf",
                ProcessingFiles.PDF, pdf);
        return file.toString();
    }
}
