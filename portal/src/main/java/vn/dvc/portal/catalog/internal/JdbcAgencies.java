package vn.dvc.portal.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.AgencyLevel;

/** {@link Agencies} over the catalogue's tables. */
@Service
@Transactional(readOnly = true)
class JdbcAgencies implements Agencies {

    private final AgencyStore store;
    private final Clock clock;

    JdbcAgencies(AgencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<Agency> find(String code) {
        return store.find(code);
    }

    @Override
    public Optional<Agency> current(String code) {
        LocalDate today = LocalDate.now(clock);
        Optional<Agency> agency = store.find(code);
        Set<String> seen = new HashSet<>();
        while (agency.isPresent() && !agency.get().isValidOn(today) && agency.get().successorCode() != null
                && seen.add(agency.get().code())) {
            agency = store.find(agency.get().successorCode());
        }
        return agency;
    }

    @Override
    public List<Agency> validOn(LocalDate date) {
        List<Agency> valid = store.all().stream().filter(agency -> agency.isValidOn(date)).toList();
        return parentsFirst(valid);
    }

    @Override
    public List<Agency> subtree(String code) {
        return store.subtree(code);
    }

    @Override
    public boolean isWithin(String agencyCode, String ancestorCode) {
        return store.ancestry(agencyCode).stream().anyMatch(agency -> agency.code().equals(ancestorCode));
    }

    @Override
    public List<Agency> ancestry(String code) {
        return store.ancestry(code);
    }

    @Override
    public List<Agency> predecessors(String code) {
        return store.predecessors(code);
    }

    @Override
    public List<AgencyLevel> levels() {
        return store.levels();
    }

    /** Depth-first from the roots, siblings by name: each parent before its children. */
    static List<Agency> parentsFirst(List<Agency> agencies) {
        Map<String, Agency> byCode = agencies.stream().collect(Collectors.toMap(Agency::code, Function.identity()));
        Map<String, List<Agency>> children = agencies.stream()
                .filter(a -> a.parentCode() != null && byCode.containsKey(a.parentCode()))
                .collect(Collectors.groupingBy(Agency::parentCode));
        List<Agency> ordered = new ArrayList<>();
        agencies.stream().filter(a -> a.parentCode() == null || !byCode.containsKey(a.parentCode()))
                .sorted(java.util.Comparator.comparing(Agency::name))
                .forEach(root -> walk(root, children, ordered));
        return ordered;
    }

    private static void walk(Agency agency, Map<String, List<Agency>> children, List<Agency> ordered) {
        ordered.add(agency);
        children.getOrDefault(agency.code(), List.of()).stream()
                .sorted(java.util.Comparator.comparing(Agency::name))
                .forEach(child -> walk(child, children, ordered));
    }
}
