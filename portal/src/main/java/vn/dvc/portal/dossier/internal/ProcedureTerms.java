package vn.dvc.portal.dossier.internal;

import java.util.List;
import java.util.Set;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.Channel;

/**
 * What a procedure version says for one case and channel: the time limit, fees, competent agency and the
 * components checklist. Unknown procedures and cases are refused here, before anything is stored.
 */
record ProcedureTerms(Procedure procedure, Procedure.ProcedureCase procedureCase, Procedure.SubmissionWay way) {

    static ProcedureTerms resolve(Procedures procedures, String procedureCode, String caseCode, Channel channel) {
        Procedure procedure = procedures.findPublished(ApplicantRules.text(procedureCode))
                .orElseThrow(() -> IntakeRefusals.of("procedureCode", "procedureUnknown",
                        "no published procedure has the code '" + procedureCode + "'"));
        return of(procedure, caseCode, channel);
    }

    static ProcedureTerms of(Procedure procedure, String caseCode, Channel channel) {
        Procedure.ProcedureCase procedureCase = procedure.findCase(ApplicantRules.text(caseCode))
                .orElseThrow(() -> IntakeRefusals.of("caseCode", "caseUnknown",
                        "procedure " + procedure.code() + " has no case '" + caseCode + "'"));
        Procedure.Channel wanted = switch (channel) {
            case IN_PERSON -> Procedure.Channel.IN_PERSON;
            case POSTAL -> Procedure.Channel.POSTAL;
            case ONLINE, NATIONAL_PORTAL -> Procedure.Channel.ONLINE;
        };
        if (channel.isOnline() && !procedure.isOfferedOnline()) {
            throw IntakeRefusals.of("procedureCode", "notOnline",
                    "procedure " + procedure.code() + " is not offered online");
        }
        Procedure.SubmissionWay way = procedureCase.way(wanted)
                .or(() -> channel.isOnline() ? java.util.Optional.empty() : procedureCase.way(Procedure.Channel.IN_PERSON))
                .or(() -> channel.isOnline() ? java.util.Optional.empty() : procedureCase.ways().stream().findFirst())
                .orElseThrow(() -> IntakeRefusals.of("caseCode", "notOnline",
                        "case " + procedureCase.code() + " of procedure " + procedure.code() + " is not offered online"));
        return new ProcedureTerms(procedure, procedureCase, way);
    }

    ProcedureRef ref() {
        return new ProcedureRef(procedure.code(), procedure.version(), procedure.name(), procedureCase.code(),
                procedureCase.name());
    }

    long feesVnd() {
        return way.fees().stream().mapToLong(Procedure.Fee::amountVnd).sum();
    }

    /** The agency competent to decide: the first competent one in our tree, else the implementing one. */
    String competentAgency(String fallback) {
        return first(Procedure.AgencyRole.Kind.COMPETENT)
                .or(() -> first(Procedure.AgencyRole.Kind.IMPLEMENTING)).orElse(fallback);
    }

    /** Where an online dossier is received: the implementing agency in our tree, else the competent one. */
    String onlineReceivingAgency(String fallback) {
        return first(Procedure.AgencyRole.Kind.IMPLEMENTING)
                .or(() -> first(Procedure.AgencyRole.Kind.COMPETENT)).orElse(fallback);
    }

    private java.util.Optional<String> first(Procedure.AgencyRole.Kind kind) {
        return procedure.agencies(kind).stream().map(Procedure.AgencyRole::agencyCode)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    List<Procedure.Component> components() {
        return procedureCase.components();
    }

    java.util.Optional<Procedure.Component> component(String code) {
        return procedureCase.components().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The checklist with what was provided; a missing required component is refused. */
    List<ComponentLine> checklist(Set<String> provided) {
        for (String code : provided) {
            if (component(code).isEmpty()) {
                throw IntakeRefusals.of("components", "componentUnknown",
                        "case " + procedureCase.code() + " has no component '" + code + "'", code);
            }
        }
        return procedureCase.components().stream()
                .map(c -> new ComponentLine(c.code(), c.name(), c.originals(), c.copies(), c.required(),
                        provided.contains(c.code())))
                .toList();
    }

    /** Refuses a checklist that lacks a required component (receipt needs a complete dossier). */
    static void requireComplete(List<ComponentLine> checklist) {
        for (ComponentLine line : checklist) {
            if (line.required() && !line.provided()) {
                throw IntakeRefusals.of("component-" + line.code(), "componentMissing",
                        "the required component '" + line.code() + "' (" + line.name() + ") is missing", line.name());
            }
        }
    }
}
