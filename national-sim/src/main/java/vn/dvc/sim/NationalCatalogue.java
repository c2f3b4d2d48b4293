package vn.dvc.sim;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The national catalogue the province pulls (NATIONAL-PORTAL.md §3): the agencies ({@code LayDanhMucCoQuan}), the
 * sectors with their fields ({@code LayDanhMucLinhVuc}), the province's procedures ({@code LayDanhSachTTHC}, with a
 * freshness key per procedure) and each procedure's full record ({@code LayThuTuc}). It starts as the portal's demo
 * catalogue ({@code portal/src/main/resources/catalog/demo/}, copied into this jar under {@code catalogue/} by the
 * build — one source, no second copy), in the shapes the portal's import reads; tests and people change it through
 * {@code /sim/catalogue/…} ({@link CatalogueControls}).
 *
 * <p>Each procedure carries {@code NGAYCAPNHAT}, the instant of its last change here (yyyyMMddHHmmss,
 * Asia/Ho_Chi_Minh), strictly increasing from one change to the next, so two changes within one second still give
 * two keys; and {@code QDCBID}, the publishing decision's id when the record names one.
 */
@Component
public class NationalCatalogue {

    static final String LOCATION = "catalogue/";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger log = LoggerFactory.getLogger(NationalCatalogue.class);

    /** A procedure as published here: its record (any JSON, malformed ones too) and when it last changed. */
    record Published(JsonNode record, String changedAt) {
    }

    private final JsonMapper json;
    private final Clock clock = Clock.system(ZONE);
    private ArrayNode agencies;
    private ArrayNode sectors;
    private final Map<String, Published> procedures = new LinkedHashMap<>();
    private final Set<String> refused = new TreeSet<>();
    private final Map<String, Integer> calls = new TreeMap<>();
    private final List<String> fetched = new ArrayList<>();
    private LocalDateTime lastStamp = LocalDateTime.MIN;

    NationalCatalogue(JsonMapper json) {
        this.json = json;
        reset();
    }

    /** Back to the demo catalogue as shipped; forgets the refusals and the call counts. */
    public synchronized void reset() {
        agencies = read("agencies.json");
        sectors = read("sectors.json");
        procedures.clear();
        String stamp = nextStamp();
        for (JsonNode record : read("procedures.json")) {
            String code = record.path("MATTHC").asString("");
            if (!code.isBlank()) {
                procedures.put(code, new Published(record, stamp));
            }
        }
        refused.clear();
        calls.clear();
        fetched.clear();
    }

    synchronized ArrayNode agencies() {
        count("LayDanhMucCoQuan");
        return agencies.deepCopy();
    }

    synchronized ArrayNode sectors() {
        count("LayDanhMucLinhVuc");
        return sectors.deepCopy();
    }

    /** The province's procedures: {@code [{MATTHC, TENTTHC, QDCBID?, NGAYCAPNHAT}]}, in catalogue order. */
    synchronized ArrayNode list(boolean counted) {
        if (counted) {
            count("LayDanhSachTTHC");
        }
        ArrayNode list = json.createArrayNode();
        procedures.forEach((code, published) -> {
            ObjectNode item = list.addObject();
            item.put("MATTHC", code);
            JsonNode record = published.record();
            item.put("TENTTHC", record.path("TENTTHC").isString() ? record.path("TENTTHC").asString() : "");
            String decision = record.path("QDCBID").asString(record.path("SOQUYETDINH").asString(""));
            if (!decision.isBlank()) {
                item.put("QDCBID", decision);
            }
            item.put("NGAYCAPNHAT", published.changedAt());
        });
        return list;
    }

    /** {@code LayThuTuc}: the procedure's record; refused when unknown or when a control says so. */
    synchronized JsonNode fetch(String code) {
        count("LayThuTuc");
        fetched.add(code);
        if (refused.contains(code)) {
            throw new SimService.Refused("Thủ tục " + code + " đang được cập nhật, chưa cung cấp được (giả lập từ chối)");
        }
        Published published = procedures.get(code);
        if (published == null) {
            throw new SimService.Refused("Không tìm thấy thủ tục hành chính có mã " + code);
        }
        return published.record().deepCopy();
    }

    synchronized Optional<JsonNode> find(String code) {
        return Optional.ofNullable(procedures.get(code)).map(p -> p.record().deepCopy());
    }

    /** Publishes {@code record} under {@code code} as given (a malformed record too), as a change now. */
    synchronized void put(String code, JsonNode record) {
        procedures.put(code, new Published(record.deepCopy(), nextStamp()));
    }

    /** Replaces the top-level fields of the record that {@code patch} names; false when there is no such object. */
    synchronized boolean patch(String code, ObjectNode patch) {
        Published published = procedures.get(code);
        if (published == null || !published.record().isObject()) {
            return false;
        }
        ObjectNode changed = ((ObjectNode) published.record()).deepCopy();
        changed.setAll(patch);
        procedures.put(code, new Published(changed, nextStamp()));
        return true;
    }

    synchronized boolean remove(String code) {
        return procedures.remove(code) != null;
    }

    /** The codes whose {@code LayThuTuc} is refused ({@code error_code} 1) until changed. */
    synchronized void refuse(Set<String> codes) {
        refused.clear();
        refused.addAll(codes);
    }

    /** What the controls show: sizes, refusals, calls per service and the codes fetched, in order. */
    synchronized Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("procedures", procedures.size());
        state.put("agencies", agencies.size());
        state.put("sectors", sectors.size());
        state.put("refused", List.copyOf(refused));
        state.put("calls", Map.copyOf(calls));
        state.put("fetched", List.copyOf(fetched));
        return state;
    }

    /** A template form file of the catalogue ({@code forms/<name>}), if shipped. */
    Optional<byte[]> form(String name) {
        ClassPathResource resource = new ClassPathResource(LOCATION + "forms/" + name);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void count(String service) {
        calls.merge(service, 1, Integer::sum);
    }

    /** Now to the second, but always after the previous stamp: every change gets a key of its own. */
    private String nextStamp() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusSeconds(1);
        return WireRules.DATE.format(lastStamp);
    }

    private ArrayNode read(String file) {
        ClassPathResource resource = new ClassPathResource(LOCATION + file);
        if (!resource.exists()) {
            log.warn("{}{} is not in the jar: the simulated catalogue has none", LOCATION, file);
            return json.createArrayNode();
        }
        try (InputStream in = resource.getInputStream()) {
            JsonNode node = json.readTree(in);
            return node instanceof ArrayNode array ? array : json.createArrayNode();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LOCATION + file, e);
        }
    }
}
