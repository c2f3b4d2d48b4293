package vn.dvc.portal.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue's import for other modules (the National Portal's catalogue pull, #15, CAT-4): the reference lists
 * and the national procedure records go through the same importers, checks and versions as the Centre's upload
 * (docs/catalog.md "Import mapping") — an unchanged record changes nothing, a changed one becomes a new version, a
 * record breaking a rule is rejected whole with its reasons and nothing of it is stored. Records fed one by one form
 * an import job: the row the Centre's import pages show, with its progress.
 *
 * <p>Not guarded by role: the caller (a scheduled job, or a page that checked the Centre's role) is responsible.
 */
public interface CatalogueImports {

    /** Sectors and their fields, in the shape of the demo's {@code sectors.json}. */
    ListResult importSectors(JsonNode sectors);

    /** Agencies, in the shape of the demo's {@code agencies.json}. */
    ListResult importAgencies(JsonNode agencies);

    /**
     * Opens an import job of {@code total} procedure records.
     *
     * @param source what the job is called on the pages (e.g. "Cổng DVC quốc gia")
     * @param actor  on whose behalf (a user name, or a system name)
     * @return the job's id
     */
    UUID openJob(String source, int total, String actor);

    /**
     * Imports one national {@code LayThuTuc} record as the job's next record and counts it.
     *
     * @param listedCode the code the record was asked for, shown when the record itself carries none
     * @param listedName likewise its name
     * @param publishNew whether a procedure new to the catalogue is published at once (else a draft)
     * @param forms      where the template forms named by a relative {@code URL} come from
     */
    RecordResult importRecord(UUID job, JsonNode record, String listedCode, String listedName, boolean publishNew,
            FormSource forms);

    /**
     * Counts a record that could not even be had (e.g. its source refused it) as the job's next, rejected with this
     * reason ({@code reasonKey} is a message key, {@code args} its arguments).
     */
    RecordResult rejectRecord(UUID job, String code, String name, String reasonKey, List<String> args);

    /** Ends the job: every record was seen. */
    void finishJob(UUID job);

    /** Ends the job early (its source stopped answering); what was imported stays. */
    void failJob(UUID job, String failure);

    /** The job's progress and, as far as it got, its rejected records. */
    Optional<JobProgress> job(UUID job);

    /** Where template forms named by a relative path in a record are read. */
    @FunctionalInterface
    interface FormSource {

        /**
         * The file at {@code relativePath} (already checked to be a plain relative path), or empty when there is
         * none (the record is then rejected). May throw to end the caller's run (e.g. its source is unavailable).
         */
        Optional<byte[]> read(String relativePath);
    }

    /** What became of a record. */
    enum Outcome { ADDED, CHANGED, UNCHANGED, REJECTED }

    /** Why a record was rejected: the path in the record, a message key and its arguments. */
    record Reason(String path, String key, List<String> args) {

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /** A rejected record of a list or a job, by its 1-based position. */
    record Rejected(int position, String code, String name, List<Reason> reasons) {
    }

    /** What importing a reference list did. */
    record ListResult(int added, int changed, int unchanged, List<Rejected> rejected) {
    }

    /** What importing one procedure record did: the version stored or matched (none when rejected). */
    record RecordResult(String code, Outcome outcome, @Nullable Integer version, List<Reason> reasons) {
    }

    /**
     * An import job as far as it got.
     *
     * @param status RUNNING, FINISHED or FAILED
     */
    record JobProgress(UUID id, String status, int total, int processed, int added, int changed, int unchanged,
                       int rejected, List<Rejected> rejectedRecords) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

        /** New versions: procedures added plus procedures changed. */
        public int newVersions() {
            return added + changed;
        }

        public int percent() {
            return total == 0 ? (running() ? 0 : 100) : processed * 100 / total;
        }
    }
}
