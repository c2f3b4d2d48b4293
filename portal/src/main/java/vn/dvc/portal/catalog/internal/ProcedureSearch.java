package vn.dvc.portal.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.OnlineLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.platform.VietnameseText;

/**
 * Search and browse over the published versions, in PostgreSQL: the query is folded like the stored text
 * ({@link VietnameseText}); a procedure matches when its code equals the query, when its name or other text
 * contains it, or — only when nothing matches so — tolerating a typo, when a word sequence of its name is
 * similar enough (pg_trgm word similarity). Ranked: the code, then the name containing the query, then the
 * other text containing it; within each, by word similarity of the name.
 */
@Service
@Transactional(readOnly = true)
class ProcedureSearch {

    /** A line of a result list. */
    record Summary(String code, String name, Procedure.Sector sector, Procedure.Field field, OnlineLevel onlineLevel,
                   List<String> levels) {
    }

    /** A page of results. */
    record Page(List<Summary> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Word similarity a typo must keep (pg_trgm's default is 0.6, too strict for short Vietnamese words). */
    static final String SIMILARITY = "0.5";

    private final JdbcClient jdbc;
    private final AgencyStore agencies;

    ProcedureSearch(JdbcClient jdbc, AgencyStore agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    public Page search(ProcedureQuery query) {
        String folded = query.text() == null ? "" : VietnameseText.fold(query.text());
        if (folded.isEmpty()) {
            return run(query, "", Mode.ALL);
        }
        Page exact = run(query, folded, Mode.EXACT);
        if (exact.total() > 0) {
            return exact;
        }
        jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', :t, true)").param("t", SIMILARITY)
                .query(String.class).single();
        return run(query, folded, Mode.SIMILAR);
    }

    /** No text; the code or a substring of the folded name or text; or — nothing found — a similar name. */
    private enum Mode { ALL, EXACT, SIMILAR }

    private Page run(ProcedureQuery query, String folded, Mode mode) {
        StringBuilder where = new StringBuilder("p.status = 'PUBLISHED'");
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        String score = switch (mode) {
            case ALL -> "0";
            case EXACT -> "(CASE WHEN p.code = :q THEN 10 WHEN p.name_folded LIKE :like THEN 3 ELSE 0 END)"
                    + " + word_similarity(:q, p.name_folded)";
            case SIMILAR -> "word_similarity(:q, p.name_folded)";
        };
        if (mode == Mode.EXACT) {
            where.append(" AND (p.code = :q OR p.name_folded LIKE :like OR p.text_folded LIKE :like)");
            add(names, values, "like", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (mode == Mode.SIMILAR) {
            where.append(" AND :q <% p.name_folded");
        }
        if (mode != Mode.ALL) {
            add(names, values, "q", folded);
        }
        if (query.sector() != null) {
            where.append(" AND p.sector_code = :sector");
            add(names, values, "sector", query.sector());
        }
        if (query.field() != null) {
            where.append(" AND p.field_code = :field");
            add(names, values, "field", query.field());
        }
        if (query.agency() != null) {
            List<String> codes = agencies.subtree(query.agency()).stream().map(Agency::code).toList();
            where.append(" AND p.agency_codes && :agencies::text[]");
            add(names, values, "agencies", "{" + String.join(",", codes.isEmpty() ? List.of("-") : codes) + "}");
        }
        if (query.level() != null) {
            where.append(" AND :level = ANY (p.level_names)");
            add(names, values, "level", query.level());
        }
        if (query.onlineLevel() != null) {
            where.append(" AND p.online_level = :online");
            add(names, values, "online", query.onlineLevel().name());
        }
        String sql = """
                SELECT p.code, p.name, p.sector_code, s.name AS sector_name, p.field_code, f.name AS field_name,
                       p.online_level, p.level_names, count(*) OVER () AS total, %s AS score
                FROM catalog_procedure p
                JOIN catalog_sector s ON s.code = p.sector_code
                JOIN catalog_field f ON f.code = p.field_code
                WHERE %s
                ORDER BY score DESC, p.name, p.code
                LIMIT :limit OFFSET :offset""".formatted(score, where);
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (int i = 0; i < names.size(); i++) {
            statement = statement.param(names.get(i), values.get(i));
        }
        long[] total = {0};
        List<Summary> items = statement.param("limit", query.size()).param("offset", query.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new Summary(rs.getString("code"), rs.getString("name"),
                            new Procedure.Sector(rs.getString("sector_code"), rs.getString("sector_name")),
                            new Procedure.Field(rs.getString("field_code"), rs.getString("field_name")),
                            OnlineLevel.valueOf(rs.getString("online_level")),
                            List.of((String[]) rs.getArray("level_names").getArray()));
                }).list();
        if (items.isEmpty() && query.page() > 1) {
            total[0] = run(new ProcedureQuery(query.text(), query.sector(), query.field(), query.agency(),
                    query.level(), query.onlineLevel(), 1, 1), folded, mode).total();
        }
        return new Page(items, total[0], query.page(), query.size());
    }

    /** The implementing levels used by published procedures, for the browse filter. */
    List<String> levels() {
        return jdbc.sql("""
                        SELECT DISTINCT unnest(level_names) AS level FROM catalog_procedure
                        WHERE status = 'PUBLISHED' ORDER BY level""")
                .query(String.class).list();
    }

    private static void add(List<String> names, List<Object> values, String name, Object value) {
        names.add(name);
        values.add(value);
    }
}
