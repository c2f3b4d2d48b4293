package vn.dvc.sim;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The dossiers filed on the citizen page: the national id each was given, what was pushed to the province and what
 * the province answered to each push. National ids look like the real ones seen on dichvucong.gov.vn
 * ({@code G22.99.08-260921-896048}: the National Portal's agency code, the day, a number) with the simulator's own
 * segment {@code 90}: {@code G22.99.90-<yyMMdd>-<6 digits>}. The numbers start at a random point when the process
 * starts and are never reused, even after a reset, so a province that keeps its database across simulator runs does
 * not mistake a new filing for an old one (it is idempotent on the id).
 */
@Component
public class CitizenFilings implements SimState {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    /** One push to the province and its answer. */
    public record Push(String at, int status, JsonNode answer) {
    }

    /** A filing. */
    public static final class Filing {
        final String nationalId;
        final String procedureCode;
        final String procedureName;
        final String filedAt;
        final JsonNode message;
        final List<Push> pushes = new ArrayList<>();

        Filing(String nationalId, String procedureCode, String procedureName, String filedAt, JsonNode message) {
            this.nationalId = nationalId;
            this.procedureCode = procedureCode;
            this.procedureName = procedureName;
            this.filedAt = filedAt;
            this.message = message;
        }

        public String nationalId() {
            return nationalId;
        }

        public String procedureCode() {
            return procedureCode;
        }

        public String procedureName() {
            return procedureName;
        }

        public String filedAt() {
            return filedAt;
        }

        public JsonNode message() {
            return message;
        }

        public synchronized List<Push> pushes() {
            return List.copyOf(pushes);
        }

        /** Our code the province gave in its last answer, or what it answered instead. */
        public synchronized String outcome() {
            Push push = last();
            if (push == null) {
                return "";
            }
            String code = push.answer().path("dossierCode").asString("");
            return code.isEmpty() ? (push.status() == 0 ? "không kết nối được" : "HTTP " + push.status()) : code;
        }

        /** The last answer of the province. */
        public synchronized Push last() {
            return pushes.isEmpty() ? null : pushes.get(pushes.size() - 1);
        }
    }

    private final Map<String, Filing> byId = new LinkedHashMap<>();
    private long next = 100_000 + new SecureRandom().nextInt(800_000);

    /** A national id never given before by this process. */
    public synchronized String newId() {
        return "G22.99.90-" + LocalDate.now(ReceivedLog.ZONE).format(DAY) + "-" + String.format("%06d", next++ % 1_000_000);
    }

    public synchronized Filing add(String nationalId, String procedureCode, String procedureName, JsonNode message) {
        Filing filing = new Filing(nationalId, procedureCode, procedureName, OffsetDateTime.now(ReceivedLog.ZONE)
                .toString(), message);
        byId.put(nationalId, filing);
        return filing;
    }

    public void answered(Filing filing, int status, JsonNode answer) {
        synchronized (filing) {
            filing.pushes.add(new Push(OffsetDateTime.now(ReceivedLog.ZONE).toString(), status, answer));
        }
    }

    public synchronized Filing find(String nationalId) {
        return byId.get(nationalId);
    }

    /** Newest first. */
    public synchronized List<Filing> all() {
        List<Filing> list = new ArrayList<>(byId.values());
        Collections.reverse(list);
        return list;
    }

    @Override
    public synchronized void clear() {
        byId.clear();
    }
}
