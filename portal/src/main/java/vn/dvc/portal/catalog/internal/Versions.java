package vn.dvc.portal.catalog.internal;

import vn.dvc.portal.catalog.Procedure;

/** Copies of a procedure record with another version number or status. */
final class Versions {

    private Versions() {
    }

    static Procedure with(Procedure p, int version, Procedure.Status status) {
        return new Procedure(p.code(), version, p.name(), p.sector(), p.field(), p.levels(), p.agencies(),
                p.onlineLevel(), p.cases(), p.applicants(), p.results(), p.requirements(), p.legalBasis(),
                p.publishingDecision(), p.receivingAddress(), p.cutoff(), p.requiredAssurance(), p.formFields(),
                status);
    }
}
