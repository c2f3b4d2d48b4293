package vn.dvc.portal.catalog.internal;

import java.util.List;
import vn.dvc.portal.platform.FormError;

/** What a Centre's form sent was not accepted: the errors name the fields. */
class FormRejected extends RuntimeException {

    private final transient List<FormError> errors;

    FormRejected(List<FormError> errors) {
        super("form rejected: " + errors.stream().map(e -> e.field() + " " + e.messageKey()).toList());
        this.errors = List.copyOf(errors);
    }

    List<FormError> errors() {
        return errors;
    }
}
