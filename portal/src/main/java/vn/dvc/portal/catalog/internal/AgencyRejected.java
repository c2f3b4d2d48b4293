package vn.dvc.portal.catalog.internal;

import java.util.List;
import vn.dvc.portal.platform.FormError;

/** An agency was not saved: the errors say which fields are wrong. */
class AgencyRejected extends RuntimeException {

    private final transient List<FormError> errors;

    AgencyRejected(List<FormError> errors) {
        super("agency rejected: " + errors.stream().map(e -> e.field() + " " + e.messageKey()).toList());
        this.errors = List.copyOf(errors);
    }

    List<FormError> errors() {
        return errors;
    }
}
