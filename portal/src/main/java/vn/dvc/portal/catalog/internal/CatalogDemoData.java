package vn.dvc.portal.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.DemoData;

/**
 * The demo catalogue: the agency tree, sectors and procedures (with their forms) from
 * {@code dvc.catalog.demo-location}, loaded through the same importers the Centre uses. Idempotent: a
 * restart finds every record unchanged. Runs before identity (whose demo officers belong to agencies).
 */
@Component
class CatalogDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

    private final ReferenceImporter references;
    private final ProcedureImporter procedures;
    private final ResourceLoader resources;
    private final JsonMapper json;
    private final CatalogProperties properties;

    CatalogDemoData(ReferenceImporter references, ProcedureImporter procedures, ResourceLoader resources,
            JsonMapper json, CatalogProperties properties) {
        this.references = references;
        this.procedures = procedures;
        this.resources = resources;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public void load() {
        String location = properties.demoLocation();
        JsonNode agencies = read(location + "agencies.json");
        JsonNode sectors = read(location + "sectors.json");
        JsonNode records = read(location + "procedures.json");
        report("agencies", references.importAgencies(agencies));
        report("sectors", references.importSectors(sectors));
        report("procedures", procedures.importRecords(List.copyOf(records.values()),
                FormFiles.under(resources, location), true, progress -> {
                }));
    }

    private JsonNode read(String location) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            log.warn("Catalogue demo file {} is missing: the catalogue starts empty", location);
            return json.createArrayNode();
        }
        try (InputStream in = resource.getInputStream()) {
            JsonNode node = json.readTree(in);
            if (!node.isArray()) {
                throw new IllegalStateException(location + " must hold a JSON array");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + location, e);
        }
    }

    private static void report(String what, ImportReport report) {
        report.entries().stream().filter(e -> e.outcome() == ImportReport.Outcome.REJECTED).forEach(e ->
                log.warn("Demo {} record {} ({}) rejected: {}", what, e.position(), e.code(), e.reasons()));
        log.info("Demo {}: {} added, {} changed, {} unchanged, {} rejected", what,
                report.count(ImportReport.Outcome.ADDED), report.count(ImportReport.Outcome.CHANGED),
                report.count(ImportReport.Outcome.UNCHANGED), report.count(ImportReport.Outcome.REJECTED));
    }
}
