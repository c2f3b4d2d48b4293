package vn.dvc.portal.feedback.internal;

import java.util.List;
import vn.dvc.portal.feedback.FeedbackRefused;

/** A form refused as a whole, with one refusal per wrong field (nothing of it was stored). */
final class SubmissionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FeedbackRefused> errors;

    SubmissionRefused(List<FeedbackRefused> errors) {
        super(errors.stream().map(FeedbackRefused::getMessage).reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.errors = List.copyOf(errors);
    }

    List<FeedbackRefused> errors() {
        return errors;
    }

    static void throwIfAny(List<FeedbackRefused> errors) {
        if (!errors.isEmpty()) {
            throw new SubmissionRefused(errors);
        }
    }
}
