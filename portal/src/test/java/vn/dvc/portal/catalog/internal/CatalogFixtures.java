package vn.dvc.portal.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The test fixtures under {@code src/test/resources/catalog/fixtures/}, as JSON to change in tests. */
final class CatalogFixtures {

    static final String LOCATION = "classpath:catalog/fixtures/";
    static final String PROPERTIES = "dvc.catalog.demo-location=" + LOCATION;

    private CatalogFixtures() {
    }

    static List<JsonNode> procedures(JsonMapper json) {
        try (InputStream in = CatalogFixtures.class.getResourceAsStream("/catalog/fixtures/procedures.json")) {
            return new ArrayList<>(json.readTree(in).values());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode procedure(JsonMapper json, String code) {
        return (ObjectNode) procedures(json).stream().filter(p -> p.get("MATTHC").asString().equals(code))
                .findFirst().orElseThrow().deepCopy();
    }
}
