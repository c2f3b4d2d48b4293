package vn.dvc.portal.catalog.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.OnlineLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.FileNames;
import vn.dvc.portal.platform.FileStorage;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The public procedure pages: browse and search ({@code /thu-tuc-hanh-chinh}), suggestions while typing (an
 * htmx fragment), the procedure page with every component, and template form downloads.
 */
@Controller
class CatalogPages {

    static final int PAGE_SIZE = 20;

    private final ProcedureSearch search;
    private final Procedures procedures;
    private final Agencies agencies;
    private final SectorStore sectors;
    private final FormStore forms;
    private final FileStorage files;
    private final Clock clock;

    CatalogPages(ProcedureSearch search, Procedures procedures, Agencies agencies, SectorStore sectors,
            FormStore forms, FileStorage files, Clock clock) {
        this.search = search;
        this.procedures = procedures;
        this.agencies = agencies;
        this.sectors = sectors;
        this.forms = forms;
        this.files = files;
        this.clock = clock;
    }

    /** The filters as the form sent them, to show them again and to build page links. */
    record Filters(String q, String sector, String field, String agency, String level, String onlineLevel) {
    }

    @GetMapping("/thu-tuc-hanh-chinh")
    String browse(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String onlineLevel,
            @RequestParam(required = false) @Nullable String page, Model model) {
        OnlineLevel online = parseOnline(onlineLevel);
        int pageNumber = parsePage(page);
        ProcedureQuery query = new ProcedureQuery(q, blank(sector), blank(field), blank(agency), blank(level), online,
                pageNumber, PAGE_SIZE);
        model.addAttribute("filters", new Filters(nz(q), nz(sector), nz(field), nz(agency), nz(level),
                online == null ? "" : online.name()));
        model.addAttribute("result", search.search(query));
        model.addAttribute("searching", query.text() != null || query.sector() != null || query.field() != null
                || query.agency() != null || query.level() != null || online != null);
        model.addAttribute("fields", sectors.allFields());
        model.addAttribute("sectors", procedures.sectors());
        model.addAttribute("agencyChoices", agencies.validOn(LocalDate.now(clock)));
        model.addAttribute("levels", search.levels());
        model.addAttribute("onlineLevels", OnlineLevel.values());
        return "catalog/procedures";
    }

    @GetMapping("/thu-tuc-hanh-chinh/goi-y")
    String suggestions(@RequestParam(required = false) @Nullable String q, Model model) {
        List<ProcedureSearch.Summary> items = q == null || q.strip().length() < 2 ? List.of()
                : search.search(new ProcedureQuery(q, null, null, null, null, null, 1, 8)).items();
        model.addAttribute("suggestions", items);
        model.addAttribute("q", nz(q));
        return "catalog/suggestions :: suggestions";
    }

    @GetMapping("/thu-tuc-hanh-chinh/{code:[0-9]\\.[0-9]{6}}")
    String procedure(@PathVariable String code, @RequestParam(name = "phien-ban", required = false) @Nullable String version,
            Model model) {
        Procedure procedure = version == null ? procedures.findPublished(code).orElseThrow(() -> notFound(code))
                : procedures.find(code, parseVersion(version, code))
                        .filter(p -> p.status() != Procedure.Status.DRAFT).orElseThrow(() -> notFound(code));
        model.addAttribute("procedure", procedure);
        model.addAttribute("roles", Procedure.AgencyRole.Kind.values());
        model.addAttribute("versions", procedures.versions(code).stream()
                .filter(p -> p.status() != Procedure.Status.DRAFT).toList());
        return "catalog/procedure";
    }

    @GetMapping("/thu-tuc-hanh-chinh/mau-don/{id:[0-9a-f]{32}}")
    ResponseEntity<InputStreamResource> form(@PathVariable String id) {
        FormStore.StoredForm form = forms.find(id).orElseThrow(() -> new ResourceNotFound("no form " + id));
        InputStream content = files.open(form.file()).orElseThrow(() -> new ResourceNotFound("no file of form " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(form.mediaType()))
                .contentLength(form.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(form.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }

    private static ResourceNotFound notFound(String code) {
        return new ResourceNotFound("no published procedure " + code);
    }

    private static int parseVersion(String version, String code) {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw notFound(code);
        }
    }

    static @Nullable OnlineLevel parseOnline(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OnlineLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parsePage(@Nullable String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
