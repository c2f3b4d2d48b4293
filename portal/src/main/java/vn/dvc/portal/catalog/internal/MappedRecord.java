package vn.dvc.portal.catalog.internal;

import java.util.List;
import vn.dvc.portal.catalog.Procedure;

/**
 * A national record turned into a procedure (version 0, not yet stored), with the form files it brings and
 * the keywords and description that search also looks in.
 */
record MappedRecord(Procedure procedure, List<PendingForm> forms, String searchExtra) {

    /** A template form file to store with the version, unless a form with its id is stored already. */
    record PendingForm(Procedure.TemplateForm form, byte[] content) {
    }
}
