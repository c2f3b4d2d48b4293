package vn.dvc.portal.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.PortalTest;

/**
 * On the shared test configuration (real PostgreSQL): the shipped demo catalogue ({@code catalog/demo/}) loads
 * through the importers with no record rejected, the fixed agencies other modules use exist, and a restart changes
 * nothing.
 */
@PortalTest
class CatalogDemoDataTest {

    @Autowired
    CatalogDemoData demoData;

    @Autowired
    ReferenceImporter references;

    @Autowired
    ProcedureImporter importer;

    @Autowired
    ResourceLoader resources;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Agencies agencies;

    @Autowired
    Procedures procedures;

    @Test
    void theDemoCatalogueLoadsWholeAndAgainChangesNothing() throws Exception {
        JsonNode records = json.readTree(resources.getResource("classpath:catalog/demo/procedures.json").getInputStream());
        JsonNode agencyFile = json.readTree(resources.getResource("classpath:catalog/demo/agencies.json").getInputStream());
        assertThat(count("catalog_procedure")).isEqualTo(records.size());
        assertThat(count("catalog_agency")).isEqualTo(agencyFile.size());
        assertThat(agencies.find("000.00.01.H63")).hasValueSatisfying(a -> assertThat(a.receivingPoint()).isTrue());
        assertThat(agencies.find("000.00.15.H63")).isPresent();
        assertThat(procedures.findPublished("1.001193")).isPresent();
        int audits = count("audit_event");

        transactions.executeWithoutResult(status -> demoData.load());
        ImportReport again = transactions.execute(status -> importer.importRecords(List.copyOf(records.values()),
                FormFiles.under(resources, "classpath:catalog/demo/"), true, r -> {
                }));
        ImportReport agenciesAgain = transactions.execute(status -> references.importAgencies(agencyFile));

        assertThat(again.entries()).extracting(ImportReport.Entry::outcome).containsOnly(ImportReport.Outcome.UNCHANGED);
        assertThat(agenciesAgain.entries()).extracting(ImportReport.Entry::outcome)
                .containsOnly(ImportReport.Outcome.UNCHANGED);
        assertThat(count("catalog_procedure")).isEqualTo(records.size());
        assertThat(count("audit_event")).isEqualTo(audits);
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
