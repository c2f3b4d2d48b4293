package vn.dvc.portal.catalog.internal;

import java.util.List;
import vn.dvc.portal.platform.FormError;

/** A national record breaks a rule: nothing of it is stored. Each reason names the record's path. */
class RecordRejected extends RuntimeException {

    private final transient List<FormError> reasons;

    RecordRejected(List<FormError> reasons) {
        super("record rejected: " + reasons.stream().map(r -> r.field() + " " + r.messageKey()).toList());
        this.reasons = List.copyOf(reasons);
    }

    List<FormError> reasons() {
        return reasons;
    }
}
