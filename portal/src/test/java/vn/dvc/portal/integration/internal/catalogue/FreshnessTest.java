package vn.dvc.portal.integration.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.integration.internal.catalogue.Freshness.Listed;

/** Which procedures of the National Portal's list a pull fetches again (INT-1, CAT-4; NATIONAL-PORTAL.md §3). */
class FreshnessTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode list(String text) {
        return json.readTree(text);
    }

    @Test
    void theKeyIsTheDecisionAndTheLastChangeAsFarAsGiven() {
        assertThat(Freshness.key(list("{\"MATTHC\":\"1.001193\",\"QDCBID\":\"1872/QĐ-BTP\",\"NGAYCAPNHAT\":\"20261208093327\"}")))
                .isEqualTo("1872/QĐ-BTP|20261208093327");
        assertThat(Freshness.key(list("{\"MATTHC\":\"1.001193\",\"NGAYCAPNHAT\":\"20261208093327\"}")))
                .isEqualTo("|20261208093327");
        assertThat(Freshness.key(list("{\"MATTHC\":\"1.001193\",\"QDCBID\":12345}"))).isEqualTo("12345|");
        assertThat(Freshness.key(list("{\"MATTHC\":\"1.001193\",\"QDCBID\":\" \"}"))).isNull();
    }

    @Test
    void readsEveryEntryOnceAndKeepsThoseWithoutACodeToReportThem() {
        List<Listed> listed = Freshness.read(list("""
                [{"MATTHC":"1.001193","TENTTHC":"Khai sinh","NGAYCAPNHAT":"20261208093327"},
                 {"MaTTHC":"1.000894","TenTTHC":"Kết hôn"},
                 {"TENTTHC":"Không mã"},
                 "not an object",
                 {"MATTHC":"1.001193","TENTTHC":"Khai sinh lặp","NGAYCAPNHAT":"20261209000000"}]"""));
        assertThat(listed).containsExactly(
                new Listed(1, "1.001193", "Khai sinh", "|20261208093327"),
                new Listed(2, "1.000894", "Kết hôn", null),
                new Listed(3, "", "Không mã", null),
                new Listed(4, "", "", null));
    }

    @Test
    void fetchesOnlyWhatIsNewChangedUnkeyedOrUncoded() {
        List<Listed> listed = List.of(
                new Listed(1, "1.000001", "same", "QD1|20261201000000"),
                new Listed(2, "1.000002", "changed", "QD1|20261208000000"),
                new Listed(3, "1.000003", "never imported", "QD1|20261201000000"),
                new Listed(4, "1.000004", "no key", null),
                new Listed(5, "", "no code", null));
        Map<String, String> recorded = Map.of("1.000001", "QD1|20261201000000", "1.000002", "QD1|20261201000000",
                "1.000004", "QD1|20261201000000");

        assertThat(Freshness.toFetch(listed, recorded, false)).extracting(Listed::position).containsExactly(2, 3, 4, 5);
        assertThat(Freshness.toFetch(listed, recorded, true)).extracting(Listed::position)
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(Freshness.toFetch(listed, Map.of(), false)).hasSize(5);
    }
}
