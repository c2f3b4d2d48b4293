package vn.dvc.portal.processing.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.DemoData;
import vn.dvc.portal.processing.internal.ProcessPublisher;

/**
 * The demo process definitions ({@code processing/demo/definitions.json}: civil status, certification, household
 * businesses, enterprises, land, construction, residence), loaded through the same import and rules as the
 * Centre's files. Idempotent: a definition identical to its current version changes nothing. Only the
 * definitions of procedures the catalogue publishes are loaded (a test may run with a smaller catalogue); the
 * rest are named in the log.
 */
@Component
public class ProcessDemoData implements DemoData {

    static final String LOCATION = "processing/demo/definitions.json";
    private static final Logger log = LoggerFactory.getLogger(ProcessDemoData.class);

    private final ProcessPublisher publisher;
    private final Procedures procedures;

    ProcessDemoData(ProcessPublisher publisher, Procedures procedures) {
        this.publisher = publisher;
        this.procedures = procedures;
    }

    @Override
    public String name() {
        return "processing";
    }

    @Override
    public int order() {
        return 10; // after the catalogue (2) and identity (5)
    }

    @Override
    public void load() {
        String document = forPublishedProcedures(document());
        if (document.isEmpty()) {
            log.info("Demo process definitions: none of their procedures is in the catalogue");
            return;
        }
        List<ProcessPublisher.Published> published = publisher.importDocument(document);
        log.info("Demo process definitions: {} of {} new", published.stream().filter(p -> p.changed()).count(),
                published.size());
    }

    /** The document without the definitions of procedures the catalogue does not publish; empty if none is left. */
    String forPublishedProcedures(String document) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) json.readTree(document);
        ArrayNode kept = json.createArrayNode();
        for (JsonNode definition : root.get("definitions")) {
            String code = definition.path("procedureCode").asString();
            if (procedures.findPublished(code).isPresent()) {
                kept.add(definition);
            } else {
                log.info("Demo process definition for {} skipped: the catalogue does not publish it", code);
            }
        }
        root.set("definitions", kept);
        return kept.isEmpty() ? "" : json.writeValueAsString(root);
    }

    /** The demo definitions document as shipped. */
    public static String document() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
