package vn.dvc.portal.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The public agency directory ({@code /co-quan}): the current tree with contacts, and each agency's page with
 * its Q&amp;A contact, its history (predecessors, successor), its units and its procedures.
 */
@Controller
class AgencyPages {

    /** An agency with its depth in the tree, for indentation. */
    record Row(Agency agency, int depth) {
    }

    private final Agencies agencies;
    private final AgencyStore store;
    private final ProcedureSearch search;
    private final Clock clock;

    AgencyPages(Agencies agencies, AgencyStore store, ProcedureSearch search, Clock clock) {
        this.agencies = agencies;
        this.store = store;
        this.search = search;
        this.clock = clock;
    }

    @GetMapping("/co-quan")
    String directory(@RequestParam(name = "tat-ca", required = false) @Nullable String all, Model model) {
        boolean includePast = all != null;
        List<Agency> shown = includePast ? JdbcAgencies.parentsFirst(store.all())
                : agencies.validOn(LocalDate.now(clock));
        model.addAttribute("rows", rows(shown));
        model.addAttribute("includePast", includePast);
        model.addAttribute("today", LocalDate.now(clock));
        return "catalog/agencies";
    }

    @GetMapping("/co-quan/{code}")
    String agency(@PathVariable String code, Model model) {
        Agency agency = agencies.find(code.toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new ResourceNotFound("no agency " + code));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("agency", agency);
        model.addAttribute("current", agency.isValidOn(today));
        model.addAttribute("parent", agency.parentCode() == null ? null : agencies.find(agency.parentCode()).orElse(null));
        model.addAttribute("successor", agency.successorCode() == null ? null
                : agencies.find(agency.successorCode()).orElse(null));
        model.addAttribute("carriedOnBy", agency.isValidOn(today) ? null
                : agencies.current(agency.code()).filter(a -> !a.code().equals(agency.code())).orElse(null));
        model.addAttribute("predecessors", agencies.predecessors(agency.code()));
        model.addAttribute("units", store.all().stream()
                .filter(a -> agency.code().equals(a.parentCode()) && a.isValidOn(today)).toList());
        model.addAttribute("procedures", search.search(new ProcedureQuery(null, null, null, agency.code(), null, null,
                1, 50)));
        return "catalog/agency";
    }

    private static List<Row> rows(List<Agency> ordered) {
        Map<String, Agency> byCode = ordered.stream().collect(Collectors.toMap(Agency::code, Function.identity()));
        return ordered.stream().map(a -> new Row(a, depth(a, byCode))).toList();
    }

    private static int depth(Agency agency, Map<String, Agency> byCode) {
        int depth = 0;
        Agency at = agency;
        while (at.parentCode() != null && byCode.containsKey(at.parentCode()) && depth < 20) {
            at = byCode.get(at.parentCode());
            depth++;
        }
        return depth;
    }
}
