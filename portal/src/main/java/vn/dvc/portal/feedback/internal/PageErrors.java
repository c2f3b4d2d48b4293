package vn.dvc.portal.feedback.internal;

import java.util.List;
import vn.dvc.portal.feedback.FeedbackRefused;
import vn.dvc.portal.platform.FormError;

/** Refusals as the shared form errors: field id = the refusal's field, message {@code feedback.error.<field>.<reason>}. */
final class PageErrors {

    private PageErrors() {
    }

    static List<FormError> of(List<FeedbackRefused> refusals) {
        return refusals.stream().map(PageErrors::of).toList();
    }

    static FormError of(FeedbackRefused refusal) {
        if (refusal.field().matches("score[0-9]+")) {
            return new FormError(refusal.field(), "feedback.error.score.required",
                    List.of(refusal.field().substring(5)));
        }
        String field = switch (refusal.field()) {
            case "form" -> "title";
            case "stage", "rating" -> "action";
            default -> refusal.field();
        };
        return new FormError(field, refusal.messageKey(), refusal.arguments());
    }
}
