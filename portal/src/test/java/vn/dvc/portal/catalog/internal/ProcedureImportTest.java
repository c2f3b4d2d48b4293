package vn.dvc.portal.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.OnlineLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.AssuranceLevel;

/**
 * Module test on a real PostgreSQL: the fixture catalogue imports through the demo-data contributor with every
 * component of a national record; importing again changes nothing; a changed record becomes a new version
 * and the old one stays readable; malformed records are rejected with reasons and leave nothing behind.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"dvc.demo-data=true", CatalogFixtures.PROPERTIES})
class ProcedureImportTest {

    @Autowired
    Procedures procedures;

    @Autowired
    Agencies agencies;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    CatalogDemoData demoData;

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

    @Test
    void theFixtureCatalogueImportsWithEveryComponent() {
        Procedure birth = procedures.findPublished("1.001193").orElseThrow();
        assertThat(birth.version()).isEqualTo(1);
        assertThat(birth.name()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(birth.sector()).isEqualTo(new Procedure.Sector("TP", "Tư pháp"));
        assertThat(birth.field()).isEqualTo(new Procedure.Field("G13-TP06", "Hộ tịch"));
        assertThat(birth.levels()).containsExactly("Cấp xã");
        assertThat(birth.onlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(birth.isOfferedOnline()).isTrue();
        assertThat(birth.cutoff()).hasToString("15:00");
        assertThat(birth.requiredAssurance()).isEqualTo(AssuranceLevel.VERIFIED_BY_CODE);
        assertThat(birth.agencies(Procedure.AgencyRole.Kind.COMPETENT))
                .containsExactly(new Procedure.AgencyRole(Procedure.AgencyRole.Kind.COMPETENT, "000.01.31.H63",
                        "Ủy ban nhân dân cấp xã"));
        assertThat(birth.cases()).singleElement().satisfies(only -> {
            assertThat(only.code()).isEqualTo("TH1");
            assertThat(only.steps()).hasSize(4).first().asString().startsWith("Bước 1");
            assertThat(only.ways()).extracting(Procedure.SubmissionWay::channel)
                    .containsExactly(Procedure.Channel.IN_PERSON, Procedure.Channel.ONLINE, Procedure.Channel.POSTAL);
            assertThat(only.way(Procedure.Channel.POSTAL).orElseThrow().fees())
                    .extracting(Procedure.Fee::amountVnd).containsExactly(0L, 25_000L);
            assertThat(only.way(Procedure.Channel.ONLINE).orElseThrow().timeLimit().unit())
                    .isEqualTo(DurationUnit.WORKING_DAYS);
            assertThat(only.components()).extracting(Procedure.Component::code, Procedure.Component::required)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("TP1", true),
                            org.assertj.core.groups.Tuple.tuple("TP2", true),
                            org.assertj.core.groups.Tuple.tuple("TP3", false));
            assertThat(only.components().getFirst().template()).isNotNull()
                    .satisfies(form -> assertThat(form.fileName()).isEqualTo("to-khai-dang-ky-khai-sinh.docx"));
        });
        assertThat(birth.legalBasis()).extracting(Procedure.LegalDocument::date).extracting(String::valueOf)
                .containsExactly("2014-11-20", "2015-11-15");
        assertThat(birth.publishingDecision()).isEqualTo(new Procedure.PublishingDecision("1872/QĐ-BTP",
                java.time.LocalDate.of(2020, 9, 4), "Bộ Tư pháp"));
        assertThat(birth.formFields()).extracting(Procedure.FormField::name)
                .containsExactly("childFullName", "declarantCitizenId");

        Procedure residence = procedures.findPublished("1.004222").orElseThrow();
        assertThat(residence.onlineLevel()).as("national MUCDO 4").isEqualTo(OnlineLevel.FULL);
        assertThat(residence.cases()).hasSize(2);
        assertThat(residence.cases().get(1).components()).extracting(Procedure.Component::code)
                .as("common component first, then the case's own").containsExactly("CT01", "GT2");
        assertThat(residence.cases().getFirst().components().getFirst().template().externalUrl())
                .startsWith("https://");
        assertThat(procedures.findPublished("2.000815").orElseThrow().cases().getFirst().components())
                .extracting(Procedure.Component::code).as("codes by position").containsExactly("TP1", "TP2");

        assertThat(agencies.find("000.00.15.H63")).isPresent();
        assertThat(calendars.findForAgency("000.01.31.H63")).as("schedule assigned").isPresent();
    }

    @Test
    void importingAgainChangesNothing() {
        int rows = count("catalog_procedure");
        int audits = count("audit_event");
        int forms = count("catalog_form");

        transactions.executeWithoutResult(status -> demoData.load());
        ImportReport again = importer.importRecords(CatalogFixtures.procedures(json),
                FormFiles.under(resources, CatalogFixtures.LOCATION), true, report -> {
                });

        assertThat(again.entries()).extracting(ImportReport.Entry::outcome)
                .containsOnly(ImportReport.Outcome.UNCHANGED).hasSize(4);
        assertThat(count("catalog_procedure")).isEqualTo(rows);
        assertThat(count("catalog_form")).isEqualTo(forms);
        assertThat(count("audit_event")).isEqualTo(audits);
    }

    @Test
    void aChangedRecordBecomesANewVersionAndTheOldOneStaysReadable() {
        ObjectNode changed = CatalogFixtures.procedure(json, "1.000894");
        changed.put("YEUCAU", "Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên; không thuộc trường hợp cấm kết hôn.");

        ImportReport report = importer.importRecords(List.of(changed),
                FormFiles.under(resources, CatalogFixtures.LOCATION), true, r -> {
                });

        assertThat(report.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(ImportReport.Outcome.CHANGED);
            assertThat(entry.version()).isEqualTo(2);
        });
        Procedure current = procedures.findPublished("1.000894").orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.requirements()).contains("cấm kết hôn");
        Procedure old = procedures.find("1.000894", 1).orElseThrow();
        assertThat(old.status()).isEqualTo(Procedure.Status.SUPERSEDED);
        assertThat(old.requirements()).doesNotContain("cấm kết hôn");
        assertThat(procedures.versions("1.000894")).extracting(Procedure::version).containsExactly(1, 2);
    }

    @Test
    void malformedRecordsAreRejectedWithReasonsAndLeaveNothingBehind() {
        ObjectNode badUnit = CatalogFixtures.procedure(json, "1.001193");
        badUnit.put("MATTHC", "1.999001");
        ((ObjectNode) badUnit.get("CACHTHUCTHUCHIEN").get(0).get("THOIGIAN").get(0)).put("DONVITINH", "Tháng");
        // its form file differs from every stored one, so storing it would show
        ((ObjectNode) badUnit.get("THANHPHANHOSO").get(0).get("GIAYTO").get(0)).put("TENMAUDON", "Tờ khai mới");
        ObjectNode badCode = CatalogFixtures.procedure(json, "1.000894");
        badCode.put("MATTHC", "1000894");
        ObjectNode noComponent = CatalogFixtures.procedure(json, "2.000815");
        noComponent.put("MATTHC", "2.999002");
        noComponent.putArray("THANHPHANHOSO");
        ObjectNode unknownAgency = CatalogFixtures.procedure(json, "2.000815");
        unknownAgency.put("MATTHC", "2.999003");
        ((ObjectNode) unknownAgency.get("_local").get("agencies")).putArray("COMPETENT").add("000.99.99.H63");
        ObjectNode good = CatalogFixtures.procedure(json, "2.000815");
        good.put("MATTHC", "2.999004");
        int forms = count("catalog_form");

        ImportReport report = importer.importRecords(List.of(badUnit, badCode, noComponent, unknownAgency, good),
                FormFiles.under(resources, CatalogFixtures.LOCATION), true, r -> {
                });

        assertThat(report.entries()).extracting(ImportReport.Entry::outcome).containsExactly(
                ImportReport.Outcome.REJECTED, ImportReport.Outcome.REJECTED, ImportReport.Outcome.REJECTED,
                ImportReport.Outcome.REJECTED, ImportReport.Outcome.ADDED);
        assertThat(report.entries().get(0).reasons()).extracting(ImportReport.Reason::path, ImportReport.Reason::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CACHTHUCTHUCHIEN[0].THOIGIAN[0].DONVITINH",
                        "catalog.import.reason.unit"));
        assertThat(report.entries().get(1).reasons()).extracting(ImportReport.Reason::path).containsExactly("MATTHC");
        assertThat(report.entries().get(2).reasons()).extracting(ImportReport.Reason::key)
                .containsExactly("catalog.import.reason.noComponent");
        assertThat(report.entries().get(3).reasons()).extracting(ImportReport.Reason::key, ImportReport.Reason::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalog.import.reason.agency",
                        List.of("000.99.99.H63")));
        assertThat(jdbc.sql("SELECT code FROM catalog_procedure WHERE code LIKE '_.999%'").query(String.class).list())
                .containsExactly("2.999004");
        assertThat(count("catalog_form")).as("no form of a rejected record").isEqualTo(forms);
    }

    @Test
    void aPlainNationalRecordWithoutLocalPartImports() {
        ObjectNode national = CatalogFixtures.procedure(json, "2.000815");
        national.put("MATTHC", "2.999005");
        national.remove("_local");

        ImportReport report = importer.importRecords(List.<JsonNode>of(national), FormFiles.NONE, false, r -> {
        });

        assertThat(report.entries()).singleElement().extracting(ImportReport.Entry::outcome)
                .isEqualTo(ImportReport.Outcome.ADDED);
        Procedure draft = procedures.find("2.999005", 1).orElseThrow();
        assertThat(draft.status()).isEqualTo(Procedure.Status.DRAFT);
        assertThat(draft.onlineLevel()).isEqualTo(OnlineLevel.NONE);
        assertThat(draft.agencies()).allMatch(role -> role.agencyCode() == null);
        assertThat(procedures.findPublished("2.999005")).isEmpty();
    }

    @Test
    void aTemplateFormKeepsOnlyItsCleanedFileName() {
        // #14: the name of a template form comes from the record's URL; it is cleaned like every file name
        ObjectNode national = CatalogFixtures.procedure(json, "2.000815");
        national.put("MATTHC", "2.999006");
        national.remove("_local");
        ((ObjectNode) national.get("THANHPHANHOSO").get(0).get("GIAYTO").get(0))
                .put("URL", "https://dichvucong.gov.vn/bieu-mau/\u0007..\u202Eto-khai.docx");

        importer.importRecords(List.<JsonNode>of(national), FormFiles.NONE, false, r -> {
        });

        assertThat(procedures.find("2.999006", 1).orElseThrow().cases().getFirst().components().getFirst().template())
                .isNotNull().satisfies(form -> assertThat(form.fileName()).isEqualTo("to-khai.docx"));
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
