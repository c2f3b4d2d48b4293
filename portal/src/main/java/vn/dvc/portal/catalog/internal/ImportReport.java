package vn.dvc.portal.catalog.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.FormError;

/**
 * What an import did, record by record: added (a new procedure), changed (a new version), unchanged, or
 * rejected with its reasons (each naming the path in the record and a message key).
 */
record ImportReport(List<Entry> entries) {

    enum Outcome { ADDED, CHANGED, UNCHANGED, REJECTED }

    /**
     * @param position 1-based position of the record in the file
     * @param code     the record's code as given (may be malformed or empty for a rejected record)
     * @param name     the record's name as given
     * @param outcome  what happened
     * @param version  the version stored or matched; null when rejected
     * @param reasons  why it was rejected; empty otherwise
     */
    record Entry(int position, String code, String name, Outcome outcome, @Nullable Integer version,
                 List<Reason> reasons) {
    }

    /** A reason in a stored form: path, message key and its arguments as text. */
    record Reason(String path, String key, List<String> args) {

        static Reason of(FormError error) {
            return new Reason(error.field(), error.messageKey(),
                    error.arguments().stream().map(String::valueOf).toList());
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }
}
