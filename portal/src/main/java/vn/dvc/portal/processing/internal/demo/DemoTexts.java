package vn.dvc.portal.processing.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What demo officers and applicants write in the demo dossiers' actions (real-looking Vietnamese, no filler), one
 * list per kind of text in {@value #LOCATION}.
 */
enum DemoTexts {
    DESK_REFUSALS, SUPPLEMENT_REASONS, SUPPLEMENT_ITEMS, REFUSALS, WITHDRAWALS, STOPS, APOLOGIES, FORWARDS,
    APPROVALS;

    static final String LOCATION = "processing/demo/texts.json";

    private static final Map<DemoTexts, List<String>> TEXTS = load();

    /** One of the texts, drawn with the dossier's own {@code random}. */
    String pick(Random random) {
        return DemoPeople.pick(random, TEXTS.get(this));
    }

    private static Map<DemoTexts, List<String>> load() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<DemoTexts, List<String>> texts = new EnumMap<>(DemoTexts.class);
            for (DemoTexts kind : values()) {
                List<String> list = new ArrayList<>();
                root.path(kind.name()).forEach(text -> list.add(text.asString()));
                if (list.isEmpty()) {
                    throw new IllegalStateException(LOCATION + " has no " + kind);
                }
                texts.put(kind, List.copyOf(list));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
