package vn.dvc.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What the national side knows of each province dossier, by the province's code (MaHoSo): the last synchronised
 * record ({@code DongBoHoSoMC}), its progress entries ({@code CapNhatTienDoHoSoMC}), the statuses of dossiers filed
 * here ({@code DongBoTrangThaiHoSo}), and the effects that would be defects on the real side: a dossier created
 * twice (sync without {@code isUpdating}) and a progress entry stored twice. {@code TraCuuHoSo} reads it.
 */
@Component
public class NationalDossiers {

    /** One dossier as the national side sees it. */
    public static final class Known {
        final String code;
        JsonNode record;
        final List<JsonNode> progress = new ArrayList<>();
        final List<JsonNode> statuses = new ArrayList<>();
        int creations;
        int duplicateProgress;
        /** The national status code last told, by a record or a progress entry, whichever came last. */
        int lastStatus;

        Known(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public JsonNode record() {
            return record;
        }

        public List<JsonNode> progress() {
            return List.copyOf(progress);
        }

        public List<JsonNode> statuses() {
            return List.copyOf(statuses);
        }

        /** How many times the dossier was created (more than 1 is the duplicate-dossier defect). */
        public int creations() {
            return creations;
        }

        public int duplicateProgress() {
            return duplicateProgress;
        }

        /**
         * The national status code the national side shows: the last one it was told, by a record
         * ({@code TrangThaiHoSo}) or a progress entry ({@code TrangThai}), whichever arrived last; 0 before any.
         */
        public int status() {
            return lastStatus;
        }
    }

    private final Map<String, Known> byCode = new LinkedHashMap<>();

    /** {@code DongBoHoSoMC}: creates or (isUpdating) replaces the record. */
    public synchronized void sync(JsonNode record, boolean updating) {
        String code = record.path("MaHoSo").asString();
        Known known = byCode.computeIfAbsent(code, Known::new);
        if (!updating || known.record == null) {
            known.creations++;
        }
        known.record = record;
        known.lastStatus = record.path("TrangThaiHoSo").asInt(known.lastStatus);
    }

    /** {@code CapNhatTienDoHoSoMC}: one progress entry; false when the dossier was never synchronised. */
    public synchronized boolean progress(JsonNode entry) {
        Known known = byCode.get(entry.path("MaHoSo").asString());
        if (known == null || known.record == null) {
            return false;
        }
        if (known.progress.contains(entry)) {
            known.duplicateProgress++;
        }
        known.progress.add(entry);
        known.lastStatus = entry.path("TrangThai").asInt(known.lastStatus);
        return true;
    }

    /** {@code DongBoTrangThaiHoSo} for a dossier filed on the National Portal. */
    public synchronized void status(String code, JsonNode data) {
        byCode.computeIfAbsent(code, Known::new).statuses.add(data);
    }

    public synchronized Optional<Known> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public synchronized List<Known> all() {
        return List.copyOf(byCode.values());
    }

    synchronized void clear() {
        byCode.clear();
    }
}
