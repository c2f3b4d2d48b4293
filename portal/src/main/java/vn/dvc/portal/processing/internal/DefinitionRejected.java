package vn.dvc.portal.processing.internal;

import java.util.List;
import vn.dvc.portal.platform.FormError;

/** A definition (or an import file) breaks the rules; nothing was stored. */
class DefinitionRejected extends RuntimeException {

    private final List<FormError> reasons;

    DefinitionRejected(List<FormError> reasons) {
        super("process definition rejected: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    List<FormError> reasons() {
        return reasons;
    }
}
