package vn.dvc.portal.processing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.PortalTest;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.ProcessStep;
import vn.dvc.portal.processing.Processes;
import vn.dvc.portal.processing.StepAction;
import vn.dvc.portal.processing.internal.demo.ProcessDemoData;

/**
 * On the shared test configuration, real PostgreSQL and the demo catalogue (#7 item 1, DOS-3): the demo
 * definitions load through the import and add up within their limits; a definition above the legal limit is rejected; publishing a new
 * version leaves the started one untouched; resolution picks the most specific definition; export and import
 * round-trip; malformed files are rejected with reasons and store nothing; only the Centre may publish.
 */
@PortalTest
class ProcessDefinitionsTest {

    static final String COMMUNE = "000.21.40.H63";
    static final List<StepAction> RECEIVE = List.of(StepAction.FORWARD, StepAction.REQUEST_SUPPLEMENT);
    static final List<StepAction> APPRAISE = List.of(StepAction.FORWARD, StepAction.RETURN_TO_PREVIOUS);
    static final List<StepAction> RETURN = List.of(StepAction.RETURN_RESULT);

    @Autowired
    Processes processes;

    @Autowired
    ProcessPublisher publisher;

    @Autowired
    ProcessAdministration administration;

    @Autowired
    ProcessDemoData demoData;

    @Autowired
    DefinitionFormat format;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoDefinitionsLoadWithinTheirLimitsAndLoadingAgainChangesNothing() {
        ProcessDefinition birth = processes.definitionFor("1.001193", 1, COMMUNE, "TH1").orElseThrow();
        assertThat(birth.steps()).extracting(ProcessStep::role)
                .containsExactly(Role.DESK, Role.SPECIALIST, Role.LEADER, Role.DESK);
        assertThat(birth.steps()).extracting(s -> s.allotment().toPlainString()).containsExactly("0.5", "2", "1", "0.5");
        assertThat(birth.totalWorkingTime()).hasHours(4);
        assertThat(jdbc.sql("SELECT count(DISTINCT procedure_code) FROM processing_definition").query(Integer.class)
                .single()).isGreaterThanOrEqualTo(15);

        int versions = versionCount();
        demoData.load();
        assertThat(versionCount()).isEqualTo(versions);
    }

    @Test
    void stepsAboveTheLegalLimitAreRejectedAtTheStepThatCrossesIt() {
        int versions = versionCount();
        // 1.004873 allows 3 working days = 24 working hours: 4 + 16 + 4 + 1 = 25 is one hour too many
        DefinitionDraft tooLong = draft("1.004873", null, step(4, RECEIVE), step(16, APPRAISE), step(4, APPRAISE),
                step(1, RETURN));
        assertThatThrownBy(() -> publisher.publish(tooLong)).isInstanceOfSatisfying(RefusedInput.class,
                e -> assertThat(e.errors()).singleElement().satisfies(reason -> {
                    assertThat(reason.field()).isEqualTo("step-3-allotment");
                    assertThat(reason.messageKey()).isEqualTo("processing.error.exceedsLimit");
                    assertThat(reason.arguments()).containsSubsequence(4, "25", "3 ngày làm việc", "24");
                }));
        assertThat(versionCount()).isEqualTo(versions);

        // exactly 24 hours is within the limit; working days count 8 hours each
        DefinitionDraft exact = draft("1.004873", "TH1", step(4, RECEIVE),
                new ProcessStep("Thẩm định", Role.SPECIALIST, null, BigDecimal.TWO, DurationUnit.WORKING_DAYS, APPRAISE),
                step(4, RETURN));
        assertThat(publisher.publish(exact).changed()).isTrue();
    }

    @Test
    void sameDayAndCalendarDayLimitsFollowTheDocumentedRule() {
        // "trong ngày" (0 working days): at most 8 working hours
        assertThat(fault(draft("2.000815", "TH1", step(4, RECEIVE), step(4.5, RETURN)))).isEqualTo("step-1-allotment");
        // 30 calendar days (hòa giải tranh chấp đất đai): at most 30 working days (240 hours) of steps
        assertThat(fault(draft("1.012812", "TH1", step(4, RECEIVE), days(30, RETURN)))).isEqualTo("step-1-allotment");
        assertThat(publisher.publish(draft("1.012812", "TH1", step(4, RECEIVE), days(29, RETURN))).changed()).isTrue();
    }

    @Test
    void publishingANewVersionLeavesTheStartedVersionAsItWas() {
        ProcessDefinition v1 = processes.definitionFor("1.004884", 1, COMMUNE, "TH1").orElseThrow();
        assertThat(v1.version()).isEqualTo(1);

        List<ProcessStep> changed = new ArrayList<>(v1.steps());
        ProcessStep appraisal = changed.get(1);
        changed.set(1, new ProcessStep(appraisal.name(), appraisal.role(), appraisal.unitCode(),
                BigDecimal.valueOf(20), DurationUnit.WORKING_HOURS, appraisal.actions()));
        ProcessPublisher.Published v2 = publisher.publish(new DefinitionDraft(v1.scope(), v1.name(), changed));

        assertThat(v2.id()).isEqualTo(v1.id());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(processes.version(v1.id(), 1)).contains(v1);
        assertThat(processes.definitionFor("1.004884", 1, COMMUNE, "TH1").orElseThrow())
                .satisfies(current -> {
                    assertThat(current.version()).isEqualTo(2);
                    assertThat(current.steps().get(1).allotment()).isEqualByComparingTo("20");
                });
        assertThatThrownBy(() -> jdbc.sql("UPDATE processing_definition_version SET name = 'x' WHERE definition_id = :id")
                .param("id", v1.id()).update()).hasMessageContaining("never changed");
    }

    @Test
    void resolutionPicksTheMostSpecificDefinition() {
        ProcessDefinition generic = processes.definitionFor("1.001612", 1, "000.00.42.H63", "TH1").orElseThrow();
        assertThat(generic.scope().agencyCode()).isNull();
        ProcessDefinition yenBai = processes.definitionFor("1.001612", 1, "000.00.40.H63", "TH1").orElseThrow();
        assertThat(yenBai.scope().agencyCode()).isEqualTo("000.00.40.H63");
        assertThat(yenBai.steps().get(1).unitCode()).isEqualTo("000.03.40.H63");

        // a case-specific definition wins over the procedure's for that case only
        publisher.publish(draft("1.004222", "TH2", step(4, RECEIVE), step(20, APPRAISE), step(4, RETURN)));
        assertThat(processes.definitionFor("1.004222", 1, COMMUNE, "TH2").orElseThrow().scope().caseCode())
                .isEqualTo("TH2");
        assertThat(processes.definitionFor("1.004222", 1, COMMUNE, "TH1").orElseThrow().scope().caseCode()).isNull();
        // a range of procedure versions that does not cover the dossier's version does not apply
        assertThat(processes.definitionFor("1.001612", 99, "000.00.42.H63", "TH1")).isPresent();
        publisher.publish(new DefinitionDraft(new ProcessDefinition.Scope("1.001266", 1, 1, null, null),
                "Quy trình cho phiên bản 1", List.of(step(4, RECEIVE), step(4, RETURN))));
        assertThat(processes.definitionFor("1.001266", 1, null, null).orElseThrow().scope().toProcedureVersion())
                .isEqualTo(1);
        assertThat(processes.definitionFor("1.001266", 2, null, null).orElseThrow().scope().toProcedureVersion())
                .isNull();
    }

    @Test
    void anExportImportsAgainAsTheSameDefinition() {
        ProcessDefinition land = processes.definitionFor("1.013978", 1, "000.00.40.H63", "TH1").orElseThrow();
        String exported = format.write(List.of(DefinitionDraft.of(land)));
        assertThat(exported).contains("dvc-process-definitions/1").contains("\"TRANSFER\"");

        List<ProcessPublisher.Published> again = publisher.importDocument(exported);
        assertThat(again).containsExactly(new ProcessPublisher.Published(land.id(), land.version(), false));
        assertThat(format.read(exported)).containsExactly(DefinitionDraft.of(land));
        assertThat(format.write(List.of(DefinitionDraft.of(processes.current(land.id()).orElseThrow()))))
                .isEqualTo(exported);
    }

    @Test
    void malformedFilesAreRejectedWithReasonsAndStoreNothing() {
        int versions = versionCount();
        String receive = "{\"name\": \"Tiếp nhận\", \"role\": \"DESK\", \"allotment\": 4, \"unit\": \"WORKING_HOURS\", "
                + "\"actions\": [\"FORWARD\"]}";
        assertThat(reasons(document(receive + ", {\"name\": \"Trả\", \"role\": \"DESK\", \"allotment\": 4, "
                + "\"unit\": \"WORKING_HOURS\", \"actions\": [\"APPROVE_ALL\"]}")))
                .containsExactly("definitions[0].steps[1].actions processing.error.action");
        assertThat(reasons(document(receive.replace("DESK", "BOSS"))))
                .containsExactly("definitions[0].steps[0].role processing.error.role");
        assertThat(reasons(document(receive.replace("\"allotment\": 4", "\"allotment\": -4"))))
                .containsExactly("definitions[0].steps[0].allotment processing.error.allotmentPositive");
        assertThat(reasons(document(receive.replace("WORKING_HOURS", "CALENDAR_DAYS"))))
                .containsExactly("definitions[0].steps[0].unit processing.error.unit");
        assertThat(reasons(document("")))
                .containsExactly("definitions[0].steps processing.error.noSteps");
        assertThat(reasons(document(receive).replace("\"steps\": [", "\"stepz\": [")))
                .containsExactly("definitions[0].steps processing.error.noSteps");
        assertThat(reasons(document(receive).substring(0, 60))).singleElement().asString()
                .startsWith("file processing.import.syntax");
        assertThat(reasons("{\"format\": \"dvc-process-definitions/1\", \"definitions\": []}"))
                .containsExactly("definitions processing.import.noDefinitions");
        assertThat(reasons(document(receive).replace("dvc-process-definitions/1", "other/2")))
                .containsExactly("format processing.import.format");
        // one bad definition keeps the good one out too
        String mixed = format.write(List.of(draft("1.004194", null, step(4, RECEIVE), step(4, RETURN)),
                draft("1.004194", "TH1", step(40, RECEIVE), step(4, RETURN))));
        assertThat(reasons(mixed)).containsExactly("definitions[1].step-0-allotment processing.error.exceedsLimit");
        assertThat(versionCount()).isEqualTo(versions);
    }

    @Test
    void onlyTheCentrePublishes() {
        DefinitionDraft draft = draft("1.004194", "TH1", step(4, RECEIVE), step(4, RETURN));
        assertThatThrownBy(() -> administration.publish(draft))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "SPECIALIST")
    void aSpecialistMayNotEditOrPublish() {
        DefinitionDraft draft = draft("1.004194", "TH1", step(4, RECEIVE), step(4, RETURN));
        assertThatThrownBy(() -> administration.publish(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.overview()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "centre.test", roles = "CENTRE")
    void theCentrePublishesAndItIsAudited() {
        ProcessPublisher.Published published = administration.publish(
                draft("1.001570", "TH1", step(4, RECEIVE), step(4, RETURN)));
        assertThat(processes.version(published.id(), 1).orElseThrow().publishedBy()).isEqualTo("centre.test");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'processing.definition.published' "
                + "AND object_id = :id").param("id", published.id().toString()).query(Integer.class).single())
                .isEqualTo(1);
    }

    private String fault(DefinitionDraft draft) {
        try {
            publisher.publish(draft);
            return "published";
        } catch (RefusedInput e) {
            return e.errors().getFirst().field();
        }
    }

    private List<String> reasons(String document) {
        try {
            publisher.importDocument(document);
            return List.of("imported");
        } catch (RefusedInput e) {
            return e.errors().stream().map(r -> r.field() + " " + r.messageKey()).toList();
        }
    }

    private static String document(String steps) {
        return "{\"format\": \"dvc-process-definitions/1\", \"definitions\": [{\"procedureCode\": \"1.004194\", "
                + "\"name\": \"Quy trình thử\", \"steps\": [" + steps + "]}]}";
    }

    private int versionCount() {
        return jdbc.sql("SELECT count(*) FROM processing_definition_version").query(Integer.class).single();
    }

    static DefinitionDraft draft(String code, String caseCode, ProcessStep... steps) {
        return new DefinitionDraft(new ProcessDefinition.Scope(code, null, null, null, caseCode),
                "Quy trình thử " + code, List.of(steps));
    }

    static ProcessStep step(double hours, List<StepAction> actions) {
        return new ProcessStep("Bước " + hours, actions.contains(StepAction.RETURN_RESULT) ? Role.DESK : Role.SPECIALIST,
                null, BigDecimal.valueOf(hours), DurationUnit.WORKING_HOURS, actions);
    }

    static ProcessStep days(int days, List<StepAction> actions) {
        return new ProcessStep("Bước " + days + " ngày", Role.DESK, null, BigDecimal.valueOf(days),
                DurationUnit.WORKING_DAYS, actions);
    }
}
