package vn.dvc.portal.identity;

import vn.dvc.portal.platform.AssuranceLevel;
import java.io.Serial;

/**
 * Thrown by {@link StepUp#require} when the session's assurance level is lower than a page needs. The accounts
 * module turns it into a redirect to {@code /dang-nhap/nang-muc?muc=<level>&tiep=<this page>} (pages) or a 403
 * problem (API).
 */
public final class StepUpRequired extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AssuranceLevel required;

    public StepUpRequired(AssuranceLevel required) {
        super("assurance level " + required + " required", null, false, false);
        this.required = required;
    }

    public AssuranceLevel required() {
        return required;
    }
}
