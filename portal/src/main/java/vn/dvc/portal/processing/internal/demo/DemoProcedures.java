package vn.dvc.portal.processing.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.AssuranceLevel;

/**
 * The procedures the demo dossiers are for: every procedure of the demo process definitions the catalogue
 * publishes, and a few without a definition of their own (the generic process), among them Sở Tư pháp's legal
 * aid so that its demo officers have work, and the land split that is transferred to another agency.
 */
final class DemoProcedures {

    /** Published procedures without a demo definition, processed by the generic process. */
    static final List<String> GENERIC = List.of("2.000829", "1.012784", "1.010833", "2.001283");
    /** Business procedures (the business account submits these; the desk records an organisation for some). */
    static final Set<String> BUSINESS = Set.of("1.001612", "2.000720", "1.001570", "1.001266", "2.001610", "2.002043",
            "2.002042", "2.001283");
    /** Where a transferred dossier goes (liên thông): Sở Tài chính for land, Sở Tài nguyên và Môi trường else. */
    static final String FINANCE = "000.00.07.H63";
    static final String ENVIRONMENT = "000.00.13.H63";

    /** A procedure with what the generator needs of it. */
    record Candidate(Procedure procedure, Procedure.ProcedureCase procedureCase, Duration limit, boolean transferable) {

        String code() {
            return procedure.code();
        }

        boolean business() {
            return BUSINESS.contains(procedure.code());
        }

        /** Offered online at the demo accounts' level, every required component accepting a PDF. */
        boolean online() {
            return procedure.isOfferedOnline() && procedure.requiredAssurance() != AssuranceLevel.NATIONAL_IDENTITY
                    && procedureCase.way(Procedure.Channel.ONLINE).isPresent()
                    && procedureCase.components().stream().filter(Procedure.Component::required)
                    .allMatch(c -> c.mediaTypes().contains("application/pdf"));
        }

        String transferTarget() {
            return procedure.code().startsWith("1.0139") ? FINANCE : ENVIRONMENT;
        }
    }

    private final List<Candidate> all;

    private DemoProcedures(List<Candidate> all) {
        this.all = all;
    }

    static DemoProcedures load(Procedures procedures, WorkingCalendar province, Instant now) {
        List<String> codes = new ArrayList<>();
        for (JsonNode definition : JsonMapper.builder().build().readTree(ProcessDemoData.document()).get("definitions")) {
            String code = definition.path("procedureCode").asString();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        codes.addAll(GENERIC);
        List<Candidate> candidates = new ArrayList<>();
        Instant probe = province.nextWorkingInstant(now).toInstant();
        for (String code : codes) {
            procedures.findPublished(code).ifPresent(p -> {
                Procedure.ProcedureCase first = p.cases().getFirst();
                first.way(Procedure.Channel.IN_PERSON).or(() -> first.ways().stream().findFirst()).ifPresent(way -> {
                    Duration limit = province.workingTimeBetween(probe, province.due(probe, way.timeLimit()).toInstant());
                    if (!limit.isNegative() && !limit.isZero()) {
                        candidates.add(new Candidate(p, first, limit,
                                code.equals("1.013978") || GENERIC.contains(code)));
                    }
                });
            });
        }
        return new DemoProcedures(candidates);
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** A procedure for the scenario: online ones for the account's kind, long ones for an apology, … */
    Candidate pick(Random random, DemoScenario scenario) {
        List<Candidate> fit = all.stream().filter(c -> fits(c, scenario)).toList();
        List<Candidate> from = fit.isEmpty() ? all : fit;
        return from.get(random.nextInt(from.size()));
    }

    private static boolean fits(Candidate c, DemoScenario s) {
        if (s.owner() != null && (!c.online() || c.business() != DemoScenario.BUSINESS.equals(s.owner()))) {
            return false;
        }
        return switch (s.fate()) {
            case TRANSFERRED -> c.transferable();
            case APOLOGISED -> c.limit().compareTo(WorkingCalendar.WORKING_DAY.multipliedBy(3)) >= 0;
            default -> true;
        };
    }
}
