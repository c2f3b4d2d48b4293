package vn.dvc.portal.feedback.internal;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.dvc.portal.calendar.Standing;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.platform.RefusedInput;

/** What the pages show of an item (to its asker and to officers) and the asker's rating. */
@Component
class ItemViews {

    private final Answers answers;
    private final Ratings ratings;
    private final Questions questions;
    private final Deadlines deadlines;
    private final Agencies agencies;
    private final Clock clock;

    ItemViews(Answers answers, Ratings ratings, Questions questions, Deadlines deadlines, Agencies agencies,
            Clock clock) {
        this.answers = answers;
        this.ratings = ratings;
        this.questions = questions;
        this.deadlines = deadlines;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** One row of a board. */
    record Row(Question question, Standing standing, @Nullable String agencyName) {
    }

    void addItem(Question q, String basePath, Model model) {
        model.addAttribute("item", q);
        model.addAttribute("basePath", basePath);
        model.addAttribute("standing", deadlines.clock().standing(q, clock.instant()));
        model.addAttribute("agencyName", agencyName(q.agencyCode()));
        model.addAttribute("answer", q.stage() == Question.Stage.ANSWERED ? answers.find(q.id()).orElse(null) : null);
        model.addAttribute("rating", ratings.ratingOf(q.id()).orElse(null));
        model.addAttribute("followUps", questions.followUpsOf(q.id()));
        model.addAttribute("parent", q.parentId() == null ? null : questions.find(q.parentId()).orElse(null));
    }

    List<Row> rows(List<Question> items) {
        var now = clock.instant();
        HandlingClock handling = deadlines.clock();
        return items.stream().map(q -> new Row(q, handling.standing(q, now), agencyName(q.agencyCode()))).toList();
    }

    void rate(Question q, @Nullable String satisfied, @Nullable String reason) {
        Boolean value = "true".equals(satisfied) ? Boolean.TRUE : "false".equals(satisfied) ? Boolean.FALSE : null;
        if (value == null) {
            throw RefusedInput.of("satisfied", "feedback.error.satisfied.required");
        }
        ratings.rateAnswer(q, value, reason);
    }

    @Nullable String agencyName(@Nullable String code) {
        return code == null ? null : agencies.find(code).map(Agency::name).orElse(code);
    }
}
