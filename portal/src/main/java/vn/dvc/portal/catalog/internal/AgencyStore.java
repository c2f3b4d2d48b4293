package vn.dvc.portal.catalog.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.AgencyLevel;

/** The tables {@code catalog_agency} and {@code catalog_agency_level}. */
@Repository
class AgencyStore {

    private static final String SELECT = """
            SELECT a.*, l.name AS level_name, l.rank AS level_rank
            FROM catalog_agency a JOIN catalog_agency_level l ON l.code = a.level_code
            """;

    private final JdbcClient jdbc;

    AgencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Agency> find(String code) {
        return jdbc.sql(SELECT + " WHERE a.code = :code").param("code", code).query(AgencyStore::agency).optional();
    }

    List<Agency> all() {
        return jdbc.sql(SELECT + " ORDER BY l.rank, a.name").query(AgencyStore::agency).list();
    }

    List<Agency> predecessors(String code) {
        return jdbc.sql(SELECT + " WHERE a.successor_code = :code ORDER BY a.name").param("code", code)
                .query(AgencyStore::agency).list();
    }

    /** The agency and everything below it, parents first (by depth, then name). */
    List<Agency> subtree(String code) {
        return jdbc.sql("""
                        WITH RECURSIVE tree (code, depth) AS (
                            SELECT code, 0 FROM catalog_agency WHERE code = :code
                            UNION ALL
                            SELECT c.code, t.depth + 1 FROM catalog_agency c JOIN tree t ON c.parent_code = t.code
                        )
                        """ + SELECT + " JOIN tree t ON t.code = a.code ORDER BY t.depth, a.name")
                .param("code", code).query(AgencyStore::agency).list();
    }

    /** From the root down to the agency. */
    List<Agency> ancestry(String code) {
        return jdbc.sql("""
                        WITH RECURSIVE up (code, depth) AS (
                            SELECT code, 0 FROM catalog_agency WHERE code = :code
                            UNION ALL
                            SELECT p.parent_code, u.depth + 1 FROM catalog_agency p JOIN up u ON p.code = u.code
                            WHERE p.parent_code IS NOT NULL AND u.depth < 50
                        )
                        """ + SELECT + " JOIN up u ON u.code = a.code ORDER BY u.depth DESC")
                .param("code", code).query(AgencyStore::agency).list();
    }

    List<AgencyLevel> levels() {
        return jdbc.sql("SELECT code, name, rank FROM catalog_agency_level ORDER BY rank, code")
                .query((rs, n) -> new AgencyLevel(rs.getString("code"), rs.getString("name"), rs.getInt("rank")))
                .list();
    }

    Optional<AgencyLevel> level(String code) {
        return levels().stream().filter(level -> level.code().equals(code)).findFirst();
    }

    /** Inserts or replaces the agency's row. */
    void save(Agency agency, Instant at) {
        Agency.QaContact qa = agency.qaContact();
        jdbc.sql("""
                        INSERT INTO catalog_agency (code, name, short_name, level_code, parent_code, address, phone,
                            email, schedule_code, receiving_point, qa_name, qa_title, qa_phone, qa_email, valid_from,
                            valid_to, successor_code, updated_at)
                        VALUES (:code, :name, :shortName, :level, :parent, :address, :phone, :email, :schedule,
                            :receiving, :qaName, :qaTitle, :qaPhone, :qaEmail, :from, :to, :successor, :at)
                        ON CONFLICT (code) DO UPDATE SET name = excluded.name, short_name = excluded.short_name,
                            level_code = excluded.level_code, parent_code = excluded.parent_code,
                            address = excluded.address, phone = excluded.phone, email = excluded.email,
                            schedule_code = excluded.schedule_code, receiving_point = excluded.receiving_point,
                            qa_name = excluded.qa_name, qa_title = excluded.qa_title, qa_phone = excluded.qa_phone,
                            qa_email = excluded.qa_email, valid_from = excluded.valid_from,
                            valid_to = excluded.valid_to, successor_code = excluded.successor_code,
                            updated_at = excluded.updated_at""")
                .param("code", agency.code()).param("name", agency.name()).param("shortName", agency.shortName())
                .param("level", agency.level().code()).param("parent", agency.parentCode())
                .param("address", agency.address()).param("phone", agency.phone()).param("email", agency.email())
                .param("schedule", agency.scheduleCode()).param("receiving", agency.receivingPoint())
                .param("qaName", qa == null ? null : qa.name()).param("qaTitle", qa == null ? null : qa.title())
                .param("qaPhone", qa == null ? null : qa.phone()).param("qaEmail", qa == null ? null : qa.email())
                .param("from", Date.valueOf(agency.validFrom())).param("to", date(agency.validTo()))
                .param("successor", agency.successorCode()).param("at", Timestamp.from(at))
                .update();
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static Agency agency(ResultSet rs, int row) throws SQLException {
        String qaName = rs.getString("qa_name");
        Agency.QaContact qa = qaName == null ? null : new Agency.QaContact(qaName, nz(rs.getString("qa_title")),
                nz(rs.getString("qa_phone")), nz(rs.getString("qa_email")));
        Date to = rs.getDate("valid_to");
        return new Agency(rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                new AgencyLevel(rs.getString("level_code"), rs.getString("level_name"), rs.getInt("level_rank")),
                rs.getString("parent_code"), rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                rs.getString("schedule_code"), rs.getBoolean("receiving_point"), qa,
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                rs.getString("successor_code"));
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
