package vn.dvc.portal.processing.internal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the demo dossiers came to, for comparing two runs of the demo (issue #14: the demo plays the same
 * dossiers): the distribution of final statuses, result timeliness, supplements, apologies and transfers, and
 * a digest over every demo dossier's outcome and history (actions, states, steps, agencies, appointments,
 * instants). Reads only the tables, so it does not depend on the code that made them.
 */
final class DemoOutcome {

    private final JdbcClient jdbc;

    DemoOutcome(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per demo dossier, in the order of its natural key. */
    List<String> lines() {
        return jdbc.sql("""
                        SELECT m.demo_key, m.scenario, d.code, d.status, c.timeliness, c.supplement_requests,
                            c.apology_at IS NOT NULL AS apologised, c.due_at, c.result_ready_at, c.ended_at,
                            c.return_method, c.result_signed,
                            (SELECT count(*) FROM processing_step s WHERE s.dossier_id = d.id) AS steps,
                            (SELECT count(*) FROM processing_step s WHERE s.dossier_id = d.id
                                AND s.outcome = 'TRANSFER') AS transfers,
                            (SELECT string_agg(concat_ws('|', h.occurred_at, h.actor, h.action, h.from_status,
                                    h.to_status, md5(h.note), h.applicant_visible, h.from_step, h.to_step,
                                    h.agency_code, h.attachment IS NOT NULL, h.new_due_at), ' / ' ORDER BY h.id)
                                FROM dossier_history h WHERE h.dossier_id = d.id) AS history,
                            (SELECT string_agg(concat_ws('|', s.step_name, s.unit_code, s.assignee, s.started_at,
                                    s.due_at, s.ended_at, s.ended_by, s.outcome, s.timeliness, s.paused_minutes),
                                    ' / ' ORDER BY s.id)
                                FROM processing_step s WHERE s.dossier_id = d.id) AS step_rows
                        FROM processing_demo_dossier m JOIN dossier d ON d.id = m.dossier_id
                            LEFT JOIN processing_case c ON c.dossier_id = d.id
                        ORDER BY m.demo_key""")
                .query((rs, n) -> String.join(" ; ", rs.getString("demo_key"), rs.getString("scenario"),
                        rs.getString("code"), rs.getString("status"), rs.getString("timeliness"),
                        rs.getString("supplement_requests"), rs.getString("apologised"), rs.getString("due_at"),
                        rs.getString("result_ready_at"), rs.getString("ended_at"), rs.getString("return_method"),
                        rs.getString("result_signed"), rs.getString("steps"), rs.getString("transfers"),
                        rs.getString("history"), rs.getString("step_rows")))
                .list();
    }

    /** Writes {@link #lines()} to {@code file} (to compare two runs with diff). */
    void write(Path file) {
        try {
            Files.write(file, lines(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of {@link #lines()}. */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines()) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The distribution, as a few lines of text. */
    String summary() {
        StringBuilder text = new StringBuilder();
        text.append("final status: ").append(counts("d.status")).append('\n');
        text.append("timeliness: ").append(counts("coalesce(c.timeliness, '-')")).append('\n');
        text.append("fate x status: ").append(counts("m.scenario || '->' || d.status")).append('\n');
        text.append("supplemented dossiers: ").append(one("c.supplement_requests > 0"))
                .append(", supplement requests: ").append(sum("c.supplement_requests"))
                .append(", apologies: ").append(one("c.apology_at IS NOT NULL"))
                .append(", transferred dossiers: ").append(one("""
                        EXISTS (SELECT 1 FROM processing_step s
                            WHERE s.dossier_id = d.id AND s.outcome = 'TRANSFER')"""))
                .append(", steps: ").append(jdbc.sql("""
                        SELECT count(*) FROM processing_step s JOIN processing_demo_dossier m
                            ON m.dossier_id = s.dossier_id""").query(Integer.class).single())
                .append(", history entries: ").append(jdbc.sql("""
                        SELECT count(*) FROM dossier_history h JOIN processing_demo_dossier m
                            ON m.dossier_id = h.dossier_id""").query(Integer.class).single())
                .append('\n');
        text.append("digest: ").append(digest());
        return text.toString();
    }

    private Map<String, Integer> counts(String expression) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql("SELECT " + expression + " AS k, count(*)::int AS n" + FROM + " GROUP BY 1")
                .query((rs, n) -> Map.entry(rs.getString("k"), rs.getInt("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private int one(String condition) {
        return jdbc.sql("SELECT count(*)" + FROM + " WHERE " + condition).query(Integer.class).single();
    }

    private long sum(String expression) {
        return jdbc.sql("SELECT coalesce(sum(" + expression + "), 0)" + FROM).query(Long.class).single();
    }

    private static final String FROM = " FROM processing_demo_dossier m JOIN dossier d ON d.id = m.dossier_id"
            + " LEFT JOIN processing_case c ON c.dossier_id = d.id";
}
