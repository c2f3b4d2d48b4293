package vn.dvc.portal.catalog.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.OnlineLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.ResourceNotFound;

/** The public catalogue API: search the published procedures, read one in full, list the agency tree. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalogue", description = "Administrative procedures and agencies (public)")
class CatalogApi {

    private final ProcedureSearch search;
    private final Procedures procedures;
    private final Agencies agencies;
    private final AgencyStore store;

    CatalogApi(ProcedureSearch search, Procedures procedures, Agencies agencies, AgencyStore store) {
        this.search = search;
        this.procedures = procedures;
        this.agencies = agencies;
        this.store = store;
    }

    /** A line of the procedure list. */
    record ProcedureItem(String code, String name, String sector, String sectorCode, String field, String fieldCode,
                         String onlineLevel, int legacyOnlineLevel, List<String> levels) {
    }

    /** An agency of the tree. */
    record AgencyItem(String code, String name, String shortName, String level, @Nullable String parentCode,
                      boolean receivingPoint, LocalDate validFrom, @Nullable LocalDate validTo,
                      @Nullable String successorCode) {
    }

    /** A page of a list. */
    record ListPage<T>(List<T> items, long total, int page, int size) {
    }

    @GetMapping("/procedures")
    @Operation(summary = "Search and browse the published procedures",
            description = "q is matched without diacritics or case and tolerates a typo; results are ranked, the "
                    + "name first. page is 1-based.")
    ListPage<ProcedureItem> list(@Parameter(description = "Search text or a procedure code") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Sector code, e.g. TP") @RequestParam(required = false) @Nullable String sector,
            @Parameter(description = "Field code (MALINHVUC)") @RequestParam(required = false) @Nullable String field,
            @Parameter(description = "Agency code: its procedures and those of its units") @RequestParam(required = false) @Nullable String agency,
            @Parameter(description = "Implementing level as named nationally, e.g. Cấp xã") @RequestParam(required = false) @Nullable String level,
            @Parameter(description = "FULL, PARTIAL or NONE") @RequestParam(required = false) @Nullable String onlineLevel,
            @Parameter(description = "1 or more; default 1") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "1–100; default 20") @RequestParam(required = false) @Nullable String size) {
        OnlineLevel online = null;
        if (onlineLevel != null && !onlineLevel.isBlank()) {
            online = CatalogPages.parseOnline(onlineLevel);
            if (online == null) {
                throw new InvalidRequestParameter("onlineLevel", "'onlineLevel' must be FULL, PARTIAL or NONE");
            }
        }
        String agencyCode = CatalogPages.blank(agency);
        if (agencyCode != null && agencies.find(agencyCode.toUpperCase(Locale.ROOT)).isEmpty()) {
            throw new InvalidRequestParameter("agency", "no agency with the code '" + agencyCode + "'");
        }
        int pageNumber = number(page, "page", 1, 1, Integer.MAX_VALUE / ProcedureQuery.MAX_SIZE);
        int pageSize = number(size, "size", 20, 1, ProcedureQuery.MAX_SIZE);
        ProcedureSearch.Page result = search.search(new ProcedureQuery(q, CatalogPages.blank(sector),
                CatalogPages.blank(field), agencyCode == null ? null : agencyCode.toUpperCase(Locale.ROOT),
                CatalogPages.blank(level), online, pageNumber, pageSize));
        return new ListPage<>(result.items().stream().map(s -> new ProcedureItem(s.code(), s.name(), s.sector().name(),
                s.sector().code(), s.field().name(), s.field().code(), s.onlineLevel().name(),
                s.onlineLevel().legacyLevel(), s.levels())).toList(), result.total(), result.page(), result.size());
    }

    @GetMapping("/procedures/{code}")
    @Operation(summary = "The published version of a procedure with every component")
    Procedure procedure(@Parameter(description = "National code d.dddddd, e.g. 1.001193") @PathVariable String code) {
        if (!NationalRecordMapper.CODE.matcher(code).matches()) {
            throw new InvalidRequestParameter("code", "'code' must be a national procedure code like 1.001193");
        }
        return procedures.findPublished(code).orElseThrow(() -> new ResourceNotFound("no published procedure " + code));
    }

    @GetMapping("/agencies")
    @Operation(summary = "The agency tree, parents first, with validity and successors",
            description = "Without validOn: every agency, current and past.")
    ListPage<AgencyItem> agencies(@Parameter(description = "yyyy-MM-dd: only the agencies valid that day")
            @RequestParam(required = false) @Nullable String validOn) {
        List<Agency> list;
        if (validOn == null || validOn.isBlank()) {
            list = JdbcAgencies.parentsFirst(store.all());
        } else {
            try {
                list = agencies.validOn(LocalDate.parse(validOn.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestParameter("validOn", "'validOn' must be a date as yyyy-MM-dd");
            }
        }
        List<AgencyItem> items = list.stream().map(a -> new AgencyItem(a.code(), a.name(), a.shortName(),
                a.level().code(), a.parentCode(), a.receivingPoint(), a.validFrom(), a.validTo(), a.successorCode()))
                .toList();
        return new ListPage<>(items, items.size(), 1, Math.max(1, items.size()));
    }

    private static int number(@Nullable String text, String parameter, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new InvalidRequestParameter(parameter, "'" + parameter + "' must be from " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequestParameter(parameter, "'" + parameter + "' must be a whole number");
        }
    }
}
