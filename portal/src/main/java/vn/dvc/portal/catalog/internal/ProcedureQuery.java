package vn.dvc.portal.catalog.internal;

import org.jspecify.annotations.Nullable;
import vn.dvc.portal.catalog.OnlineLevel;

/**
 * A search or browse of the published procedures; null filters are not applied.
 *
 * @param text        what the user typed (any case, with or without diacritics, a code too)
 * @param sector      sector code, e.g. {@code TP}
 * @param field       field code, e.g. {@code G13-TP06}
 * @param agency      an agency code: procedures of it or of its subtree
 * @param level       an implementing level as named nationally, e.g. "Cấp xã"
 * @param onlineLevel online level
 * @param page        1-based page
 * @param size        page size, 1–100
 */
record ProcedureQuery(@Nullable String text, @Nullable String sector, @Nullable String field,
                      @Nullable String agency, @Nullable String level, @Nullable OnlineLevel onlineLevel,
                      int page, int size) {

    static final int MAX_SIZE = 100;

    ProcedureQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (page < 1) {
            throw new IllegalArgumentException("page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size");
        }
    }

    int offset() {
        return (page - 1) * size;
    }
}
