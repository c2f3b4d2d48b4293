package vn.dvc.portal.dossier.internal;

import java.util.List;
import vn.dvc.portal.platform.InvalidRequestParameter;

/**
 * Input the dossier module refuses (unknown procedure or case, missing component, bad file …). The API answers
 * 400 naming {@link #parameter()}; pages show {@code dossier.error.<reason>} beside the field.
 */
class IntakeRefused extends InvalidRequestParameter {

    private final String reason;
    private final List<Object> arguments;

    IntakeRefused(String field, String reason, String message, Object... arguments) {
        super(field, message);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    String reason() {
        return reason;
    }

    String messageKey() {
        return "dossier.error." + reason;
    }

    List<Object> arguments() {
        return arguments;
    }
}
