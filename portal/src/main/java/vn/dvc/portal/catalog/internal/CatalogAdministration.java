package vn.dvc.portal.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.AgencySucceeded;
import vn.dvc.portal.catalog.OnlineLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.ProcedurePublished;
import vn.dvc.portal.catalog.ProcedureWithdrawn;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The Centre's changes to the catalogue (roles CENTRE and ADMIN): agencies created and edited, communes
 * merged (the old agencies cease and point to their successor), procedure versions published and withdrawn,
 * the province's own parts of a procedure changed as a new draft version. Every change is audited in its
 * transaction.
 */
@Service
public class CatalogAdministration {

    static final String CENTRE_ONLY = "hasAnyRole('CENTRE', 'ADMIN')";

    /** The province's own parts of a procedure, as the edit form sends them. */
    record LocalParts(@Nullable String onlineLevel, @Nullable String cutoff, @Nullable String requiredAssurance,
                      @Nullable String receivingAddress, @Nullable String requirements) {
    }

    private final AgencyWriter agencyWriter;
    private final AgencyStore agencies;
    private final ProcedureStore procedures;
    private final ProcedureJson json;
    private final CatalogProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogAdministration(AgencyWriter agencyWriter, AgencyStore agencies, ProcedureStore procedures,
            ProcedureJson json, CatalogProperties properties, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.agencyWriter = agencyWriter;
        this.agencies = agencies;
        this.procedures = procedures;
        this.json = json;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The newest version of every procedure, for the Centre's list. */
    @PreAuthorize(CENTRE_ONLY)
    @Transactional(readOnly = true)
    public List<Procedure> procedureHeads() {
        return procedures.heads();
    }

    /** Every agency, current and past, parents first. */
    @PreAuthorize(CENTRE_ONLY)
    @Transactional(readOnly = true)
    public List<Agency> allAgencies() {
        return JdbcAgencies.parentsFirst(agencies.all());
    }

    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public void createAgency(AgencyDraft draft) {
        String code = AgencyDraft.trim(draft.code()).toUpperCase(java.util.Locale.ROOT);
        if (AgencyDraft.CODE.matcher(code).matches() && !code.endsWith("." + properties.provinceCode())) {
            throw new RefusedInput(List.of(FormError.of("code", "catalog.agency.error.code.province",
                    properties.provinceCode())));
        }
        agencyWriter.save(draft, AgencyWriter.Mode.CREATE);
    }

    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public void updateAgency(AgencyDraft draft) {
        agencyWriter.save(draft, AgencyWriter.Mode.UPDATE);
    }

    /**
     * Merges (or renames, when there is one predecessor) agencies into an existing successor from
     * {@code effective}: each predecessor ceases the day before and names the successor; its code, its
     * dossiers and its statistics stay resolvable. Publishes {@link AgencySucceeded} for each.
     */
    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public void succeed(List<String> predecessorCodes, String successorCode, LocalDate effective, String basis) {
        Agency successor = agencies.find(successorCode)
                .orElseThrow(() -> new RefusedInput(List.of(FormError.of("successorCode",
                        "catalog.agency.error.successor.unknown"))));
        if (predecessorCodes.isEmpty()) {
            throw new RefusedInput(List.of(FormError.of("predecessors", "catalog.merge.error.none")));
        }
        if (basis.isBlank()) {
            throw new RefusedInput(List.of(FormError.of("basis", "catalog.change.error.basis")));
        }
        if (!successor.isValidOn(effective)) {
            throw new RefusedInput(List.of(FormError.of("effective", "catalog.merge.error.successorNotValid")));
        }
        Instant at = clock.instant();
        for (String code : predecessorCodes) {
            Agency old = agencies.find(code).orElseThrow(() -> new RefusedInput(List.of(
                    FormError.of("predecessors", "catalog.merge.error.unknown", code))));
            if (old.code().equals(successor.code()) || !old.isValidOn(effective.minusDays(1))
                    || effective.minusDays(1).isBefore(old.validFrom())) {
                throw new RefusedInput(List.of(FormError.of("predecessors", "catalog.merge.error.notCurrent",
                        old.code())));
            }
            Agency ceased = new Agency(old.code(), old.name(), old.shortName(), old.level(), old.parentCode(),
                    old.address(), old.phone(), old.email(), old.scheduleCode(), old.receivingPoint(),
                    old.qaContact(), old.validFrom(), effective.minusDays(1), successor.code());
            agencies.save(ceased, at);
            audit.record("catalog.agency.succeeded", "agency", old.code(), Map.of("successor", successor.code(),
                    "effective", effective.toString(), "basis", basis));
            events.publishEvent(new AgencySucceeded(old.code(), successor.code(), effective, at));
        }
    }

    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public void publish(String code, int version) {
        Procedure procedure = procedures.find(code, version)
                .orElseThrow(() -> new ResourceNotFound("no procedure " + code + " version " + version));
        if (procedure.status() == Procedure.Status.PUBLISHED) {
            return;
        }
        if (procedure.status() == Procedure.Status.SUPERSEDED) {
            throw new RefusedInput(List.of(FormError.of("publish", "catalog.admin.error.superseded")));
        }
        Instant at = clock.instant();
        procedures.findPublished(code).ifPresent(previous ->
                procedures.setStatus(code, previous.version(), Procedure.Status.SUPERSEDED, at));
        procedures.setStatus(code, version, Procedure.Status.PUBLISHED, at);
        audit.record("catalog.procedure.published", "procedure", code, Map.of("version", version));
        events.publishEvent(new ProcedurePublished(code, version, at));
    }

    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public void withdraw(String code) {
        Procedure published = procedures.findPublished(code)
                .orElseThrow(() -> new ResourceNotFound("no published procedure " + code));
        Instant at = clock.instant();
        procedures.setStatus(code, published.version(), Procedure.Status.WITHDRAWN, at);
        audit.record("catalog.procedure.withdrawn", "procedure", code, Map.of("version", published.version()));
        events.publishEvent(new ProcedureWithdrawn(code, published.version(), at));
    }

    /** A new draft version with the province's own parts changed; returns its version number. */
    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public int changeLocalParts(String code, LocalParts parts) {
        ProcedureStore.Head head = procedures.head(code)
                .orElseThrow(() -> new ResourceNotFound("no procedure " + code));
        Procedure base = procedures.find(code, head.version()).orElseThrow();
        List<FormError> errors = new ArrayList<>();
        OnlineLevel online = CatalogPages.parseOnline(parts.onlineLevel());
        if (online == null) {
            errors.add(FormError.of("onlineLevel", "catalog.admin.error.onlineLevel"));
        }
        LocalTime cutoff = null;
        String cutoffText = AgencyDraft.trim(parts.cutoff());
        if (!cutoffText.isEmpty()) {
            try {
                cutoff = LocalTime.parse(cutoffText);
            } catch (DateTimeParseException e) {
                errors.add(FormError.of("cutoff", "catalog.admin.error.cutoff"));
            }
        }
        AssuranceLevel assurance = null;
        try {
            assurance = AssuranceLevel.valueOf(AgencyDraft.trim(parts.requiredAssurance()));
        } catch (IllegalArgumentException e) {
            errors.add(FormError.of("requiredAssurance", "catalog.admin.error.assurance"));
        }
        String address = AgencyDraft.trim(parts.receivingAddress());
        if (address.isEmpty()) {
            errors.add(FormError.of("receivingAddress", "catalog.admin.error.receivingAddress"));
        }
        if (!errors.isEmpty()) {
            throw new RefusedInput(errors);
        }
        Procedure changed = new Procedure(base.code(), head.version() + 1, base.name(), base.sector(), base.field(),
                base.levels(), base.agencies(), online, base.cases(), base.applicants(), base.results(),
                AgencyDraft.trim(parts.requirements()), base.legalBasis(), base.publishingDecision(), address, cutoff,
                assurance, base.formFields(), Procedure.Status.DRAFT);
        if (Versions.with(changed, 0, Procedure.Status.DRAFT).equals(Versions.with(base, 0, Procedure.Status.DRAFT))) {
            return head.version();
        }
        String extra = procedures.foldedText(code, head.version());
        procedures.insert(changed, json.contentHash(changed, extra), extra, clock.instant(), CurrentActor.name());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", changed.version());
        details.put("onlineLevel", online.name());
        details.put("cutoff", String.valueOf(cutoff));
        details.put("requiredAssurance", assurance.name());
        audit.record("catalog.procedure.changed", "procedure", code, details);
        return changed.version();
    }
}
