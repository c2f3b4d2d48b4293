package vn.dvc.portal.dossier.internal;

import java.util.List;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.InvalidRequestParameter;

/** A form with several refused values (the e-form); the API answers 400 naming the first one. */
class FormRejected extends InvalidRequestParameter {

    private final List<FormError> errors;

    FormRejected(List<FormError> errors) {
        super(errors.getFirst().field(), "the form has " + errors.size() + " invalid value(s), the first: "
                + errors.getFirst().field() + " (" + errors.getFirst().messageKey() + ")");
        this.errors = List.copyOf(errors);
    }

    List<FormError> errors() {
        return errors;
    }
}
