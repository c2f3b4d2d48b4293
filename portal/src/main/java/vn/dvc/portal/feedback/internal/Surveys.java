package vn.dvc.portal.feedback.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Satisfaction surveys (EVAL-4): the Centre defines a survey from the five items of Circular 32/2017 (REGULATORY-
 * FACTS §5.3) plus questions about the agency and its officers; applicants score every item from 1 (very
 * dissatisfied) to 5 (very satisfied) while the survey is open; results are tallied per item.
 */
@Service
class Surveys {

    /** The five items of the user-satisfaction survey of Circular 32/2017/TT-BTTTT. */
    static final List<String> CIRCULAR_32_ITEMS = List.of(
            "Thông tin trên Cổng Dịch vụ công được cập nhật thường xuyên, kịp thời",
            "Dễ tìm kiếm thông tin; giao diện, bố cục dễ sử dụng",
            "Tốc độ truy cập, đọc và tải biểu mẫu nhanh",
            "Thuận tiện khi sử dụng: nộp hồ sơ, nhận kết quả trực tuyến, được hướng dẫn",
            "Thái độ phục vụ của cơ quan: nhiệt tình, phản hồi kịp thời");

    static final List<String> AGENCY_AND_OFFICER_ITEMS = List.of(
            "Cơ quan giải quyết hồ sơ đúng hẹn, công khai, minh bạch",
            "Cán bộ, công chức hướng dẫn đầy đủ, dễ hiểu, tôn trọng người dân");

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Clock clock;

    Surveys(JdbcClient jdbc, Agencies agencies, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    record Survey(UUID id, String title, LocalDate opensOn, LocalDate closesOn, List<Item> items) {

        boolean openOn(LocalDate date) {
            return !date.isBefore(opensOn) && !date.isAfter(closesOn);
        }
    }

    record Item(int ordinal, String subject, String text) {
    }

    /** The tally of one item: responses, average score and the count per score 1–5. */
    record Tally(Item item, int responses, double average, List<Integer> perScore) {
    }

    @PreAuthorize(QuestionWorkflow.CENTRE)
    @Transactional
    UUID define(@Nullable String title, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn) {
        if (title == null || title.isBlank()) {
            throw RefusedInput.of("surveyTitle", "feedback.error.surveyTitle.required");
        }
        if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
            throw RefusedInput.of("closesOn", "feedback.error.closesOn.order");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO feedback_survey (id, title, opens_on, closes_on, created_by, created_at)
                        VALUES (:id, :title, :opens, :closes, :by, :at)""")
                .param("id", id).param("title", title.strip()).param("opens", Date.valueOf(opensOn))
                .param("closes", Date.valueOf(closesOn)).param("by", CurrentActor.name())
                .param("at", Timestamp.from(clock.instant())).update();
        int ordinal = 0;
        for (String text : CIRCULAR_32_ITEMS) {
            addItem(id, ++ordinal, "SERVICE", text);
        }
        addItem(id, ++ordinal, "AGENCY", AGENCY_AND_OFFICER_ITEMS.get(0));
        addItem(id, ++ordinal, "OFFICER", AGENCY_AND_OFFICER_ITEMS.get(1));
        return id;
    }

    List<Survey> all() {
        return jdbc.sql("SELECT id FROM feedback_survey ORDER BY opens_on DESC, created_at DESC")
                .query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    Optional<Survey> find(UUID id) {
        List<Item> items = jdbc.sql("SELECT * FROM feedback_survey_item WHERE survey_id = :id ORDER BY ordinal")
                .param("id", id)
                .query((rs, n) -> new Item(rs.getInt("ordinal"), rs.getString("subject"), rs.getString("text")))
                .list();
        return jdbc.sql("SELECT * FROM feedback_survey WHERE id = :id").param("id", id)
                .query((rs, n) -> new Survey(id, rs.getString("title"), rs.getDate("opens_on").toLocalDate(),
                        rs.getDate("closes_on").toLocalDate(), items))
                .optional();
    }

    /**
     * Records one applicant's answers: every item scored 1–5, while the survey is open.
     *
     * @throws RefusedInput naming each unanswered item ({@code score<n>})
     */
    @Transactional
    UUID respond(UUID surveyId, @Nullable String agencyCode, Map<Integer, Integer> scores) {
        Survey survey = find(surveyId).orElseThrow(() -> new vn.dvc.portal.platform.ResourceNotFound("no survey"));
        if (!survey.openOn(LocalDate.now(clock))) {
            throw RefusedInput.of("survey", "feedback.error.survey.closed");
        }
        List<FormError> errors = new ArrayList<>();
        for (Item item : survey.items()) {
            Integer score = scores.get(item.ordinal());
            if (score == null || score < 1 || score > 5) {
                errors.add(FormError.of("score" + item.ordinal(), "feedback.error.score.required", item.ordinal()));
            }
        }
        String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
        if (agency != null && agencies.find(agency).isEmpty()) {
            errors.add(FormError.of("surveyAgency", "feedback.error.surveyAgency.unknown"));
        }
        RefusedInput.throwIfAny(errors);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO feedback_survey_response (id, survey_id, agency_code, submitted_at)
                        VALUES (:id, :survey, :agency, :at)""")
                .param("id", id).param("survey", surveyId).param("agency", agency)
                .param("at", Timestamp.from(clock.instant())).update();
        for (Item item : survey.items()) {
            jdbc.sql("""
                            INSERT INTO feedback_survey_answer (response_id, survey_id, ordinal, score)
                            VALUES (:id, :survey, :ordinal, :score)""")
                    .param("id", id).param("survey", surveyId).param("ordinal", item.ordinal())
                    .param("score", scores.get(item.ordinal())).update();
        }
        return id;
    }

    /** The tally per item, optionally for one agency. */
    List<Tally> tally(UUID surveyId, @Nullable String agencyCode) {
        Survey survey = find(surveyId).orElseThrow(() -> new vn.dvc.portal.platform.ResourceNotFound("no survey"));
        List<Tally> tallies = new ArrayList<>();
        for (Item item : survey.items()) {
            List<Integer> perScore = new ArrayList<>(List.of(0, 0, 0, 0, 0));
            jdbc.sql("""
                            SELECT a.score, count(*) AS n FROM feedback_survey_answer a
                            JOIN feedback_survey_response r ON r.id = a.response_id
                            WHERE a.survey_id = :survey AND a.ordinal = :ordinal
                              AND (CAST(:agency AS text) IS NULL OR r.agency_code = :agency)
                            GROUP BY a.score""")
                    .param("survey", surveyId).param("ordinal", item.ordinal()).param("agency", agencyCode)
                    .query((java.sql.ResultSet rs) -> {
                        perScore.set(rs.getInt("score") - 1, rs.getInt("n"));
                    });
            int responses = perScore.stream().mapToInt(Integer::intValue).sum();
            int sum = 0;
            for (int s = 0; s < 5; s++) {
                sum += (s + 1) * perScore.get(s);
            }
            tallies.add(new Tally(item, responses, responses == 0 ? 0 : Math.round(100.0 * sum / responses) / 100.0,
                    List.copyOf(perScore)));
        }
        return tallies;
    }

    private void addItem(UUID survey, int ordinal, String subject, String text) {
        jdbc.sql("INSERT INTO feedback_survey_item (survey_id, ordinal, subject, text) VALUES (:s, :o, :subject, :t)")
                .param("s", survey).param("o", ordinal).param("subject", subject).param("t", text).update();
    }
}
