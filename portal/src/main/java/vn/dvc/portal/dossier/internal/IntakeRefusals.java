package vn.dvc.portal.dossier.internal;

import java.util.List;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The refusals of the dossier module's input (unknown procedure or case, missing component, bad file …): a
 * {@link RefusedInput} with the API code {@code INVALID_PARAMETER} naming the field, the message
 * {@code dossier.error.<reason>} for the pages, and an English detail for the API and the log.
 */
final class IntakeRefusals {

    private IntakeRefusals() {
    }

    static RefusedInput of(String field, String reason, String detail, Object... arguments) {
        return new RefusedInput(RefusedInput.Code.INVALID_PARAMETER, detail,
                List.of(new FormError(field, "dossier.error." + reason, List.of(arguments))));
    }

    /** A form with several refused values (the e-form and the applicant's details). */
    static RefusedInput form(List<FormError> errors) {
        return new RefusedInput(RefusedInput.Code.INVALID_PARAMETER, "the form has " + errors.size()
                + " invalid value(s), the first: " + errors.getFirst().field() + " ("
                + errors.getFirst().messageKey() + ")", errors);
    }
}
