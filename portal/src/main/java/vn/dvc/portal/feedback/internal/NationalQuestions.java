package vn.dvc.portal.feedback.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.feedback.NationalPortalQuestions;
import vn.dvc.portal.feedback.QuestionSubmitted;
import vn.dvc.portal.platform.PersonalDataProtection;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.platform.RefusedInput;

/**
 * {@link NationalPortalQuestions}: a question from the National Portal becomes an item at the Centre (stage
 * {@code SUBMITTED}, forwarding due within 8 working hours, {@link QuestionSubmitted} published) exactly as one
 * asked here, with origin {@code NATIONAL_PORTAL}, no asker row (the National Portal keeps the asker's data, so
 * nothing is sent to the asker from here: the answer goes back through the National Portal) and its
 * {@code HOIDAPID} in {@code feedback_national_question}. The text is taken as the National Portal accepted it
 * (the Art. 18.1 wording checks are for what is typed here). A transaction-scoped advisory lock per HOIDAPID makes
 * a question taken twice at once one item.
 */
@Service
class NationalQuestions implements NationalPortalQuestions {

    static final String ACTOR = "Cổng DVC quốc gia";
    private static final int TITLE_LENGTH = 120;

    private final JdbcClient jdbc;
    private final Questions questions;
    private final Answers answers;
    private final Deadlines deadlines;
    private final Agencies agencies;
    private final PersonalDataProtection protection;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    NationalQuestions(JdbcClient jdbc, Questions questions, Answers answers, Deadlines deadlines, Agencies agencies,
            PersonalDataProtection protection, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.answers = answers;
        this.deadlines = deadlines;
        this.agencies = agencies;
        this.protection = protection;
        this.events = events;
        this.clock = clock;
    }

    /** What the officers' item page shows of a question's national origin. */
    record Origin(String externalId, @Nullable String fieldCode, @Nullable String agencyCode,
                  @Nullable String agencyName, Instant takenAt) {
    }

    @Override
    @Transactional
    public Taken receive(Incoming incoming) {
        String externalId = incoming.externalId() == null ? "" : incoming.externalId().strip();
        if (externalId.isEmpty() || externalId.length() > 100) {
            throw RefusedInput.of("HOIDAPID", "feedback.error.national.externalId");
        }
        String body = incoming.text() == null ? "" : Normalizer.normalize(incoming.text().strip(), Normalizer.Form.NFC);
        if (body.isEmpty()) {
            throw RefusedInput.of("NOIDUNG", "feedback.error.body.required");
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('feedback-national-question'), hashtext(:id))")
                .param("id", externalId).query((rs, n) -> 1).list();
        Optional<Taken> known = jdbc.sql("""
                        SELECT q.id, q.reference FROM feedback_national_question n
                        JOIN feedback_question q ON q.id = n.question_id WHERE n.external_id = :id""")
                .param("id", externalId)
                .query((rs, n) -> new Taken(rs.getObject("id", UUID.class), rs.getString("reference"), false))
                .optional();
        if (known.isPresent()) {
            return known.get();
        }
        Instant now = clock.instant();
        String agency = blankToNull(incoming.agencyCode());
        String concerned = agency != null && agencies.find(agency).isPresent() ? agency : null;
        String reference = "PA-%d-%06d".formatted(now.atZone(PortalTime.ZONE).getYear(), questions.nextNumber());
        Question question = Question.received(UUID.randomUUID(), reference, Question.Kind.QUESTION, null, null, null,
                null, null, concerned, title(body), body, now, deadlines.clock());
        byte[] token = new byte[24];
        random.nextBytes(token);
        // no link is ever sent: the token only fills the column, its hash cannot be reached
        questions.add(question, protection.matchingHash(QuestionSubmission.ACCESS_PURPOSE,
                java.util.HexFormat.of().formatHex(token)), "NATIONAL_PORTAL");
        jdbc.sql("""
                        INSERT INTO feedback_national_question (question_id, external_id, field_code, agency_code,
                            agency_name, taken_at)
                        VALUES (:id, :external, :field, :agency, :agencyName, :at)""")
                .param("id", question.id()).param("external", externalId)
                .param("field", blankToNull(incoming.fieldCode())).param("agency", agency)
                .param("agencyName", blankToNull(incoming.agencyName())).param("at", Timestamp.from(now)).update();
        questions.record(question.id(), now, "received-from-national-portal", ACTOR, concerned, "HOIDAPID " + externalId);
        events.publishEvent(new QuestionSubmitted(question.id(), Question.Kind.QUESTION.name(), null, now,
                question.forwardDueAt()));
        return new Taken(question.id(), reference, true);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NationalAnswer> answer(UUID questionId) {
        Optional<Origin> origin = origin(questionId);
        if (origin.isEmpty()) {
            return Optional.empty();
        }
        return answers.find(questionId).filter(a -> a.approvedAt() != null)
                .map(a -> new NationalAnswer(questionId, origin.get().externalId(), a.agencyCode(), a.agencyName(),
                        a.responderName(), a.responderPosition(), java.util.Objects.requireNonNull(a.approvedAt()),
                        text(a)));
    }

    /** The national origin of an item, if it came from the National Portal. */
    Optional<Origin> origin(UUID questionId) {
        return jdbc.sql("SELECT * FROM feedback_national_question WHERE question_id = :id").param("id", questionId)
                .query((rs, n) -> new Origin(rs.getString("external_id"), rs.getString("field_code"),
                        rs.getString("agency_code"), rs.getString("agency_name"),
                        rs.getTimestamp("taken_at").toInstant()))
                .optional();
    }

    /** The answer with the legal documents it cites, one per line ("Căn cứ: …"). */
    static String text(Answer answer) {
        StringBuilder text = new StringBuilder(answer.body().strip());
        if (!answer.citations().isEmpty()) {
            text.append("\n\nCăn cứ:");
            DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MM/yyyy");
            for (Answer.Citation c : answer.citations()) {
                text.append("\n- ").append(c.number()).append(" ngày ").append(date.format(c.issuedOn()))
                        .append(" của ").append(c.issuer()).append(": ").append(c.title());
            }
        }
        return text.toString();
    }

    /** The first words of the question, up to {@value #TITLE_LENGTH} characters, as the item's title. */
    static String title(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        if (flat.length() <= TITLE_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', TITLE_LENGTH - 1);
        return flat.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH - 1).strip() + "…";
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
