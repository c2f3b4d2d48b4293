package vn.dvc.portal.identity.internal;

import java.util.List;
import vn.dvc.portal.identity.IdentityArgumentException;

/** A registration with one or more bad fields; nothing was stored. */
class RegistrationRefused extends RuntimeException {

    private final List<IdentityArgumentException> problems;

    RegistrationRefused(List<IdentityArgumentException> problems) {
        super("registration refused: " + problems.stream().map(p -> p.field() + "." + p.reason()).toList());
        this.problems = List.copyOf(problems);
    }

    List<IdentityArgumentException> problems() {
        return problems;
    }
}
