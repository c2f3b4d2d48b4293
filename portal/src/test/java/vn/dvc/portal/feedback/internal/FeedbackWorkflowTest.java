package vn.dvc.portal.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.AgencyLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.feedback.AnswerPublished;
import vn.dvc.portal.feedback.DossierRatings;
import vn.dvc.portal.feedback.QuestionForwarded;
import vn.dvc.portal.feedback.QuestionReturned;
import vn.dvc.portal.feedback.QuestionSubmitted;
import vn.dvc.portal.feedback.RatingGiven;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.TestClock;

/**
 * Module test on a real PostgreSQL with a fixed, movable clock: submission (Art. 17, 18.1, one-time code,
 * consent, personal data apart), the Centre's forwarding with the message to the agency's contact, answers with
 * citations approved by a leader, returns, the 10-day extension, follow-ups, publication without personal data,
 * ratings, accountability and the deadline job. The catalogue is a mock here (its implementation is another
 * branch); the browser tests use the real one.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(FeedbackWorkflowTest.FixedClock.class)
class FeedbackWorkflowTest {

    static final Instant MONDAY_8 = OffsetDateTime.parse("2026-03-02T08:00:00+07:00").toInstant();

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(MONDAY_8);
        }
    }

    @MockitoBean
    Agencies agencies;

    @MockitoBean
    Procedures procedures;

    @Autowired
    QuestionSubmission submission;

    @Autowired
    QuestionWorkflow workflow;

    @Autowired
    Publication publication;

    @Autowired
    Ratings ratings;

    @Autowired
    DossierRatings dossierRatings;

    @Autowired
    SubmissionGuard guard;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    Questions questions;

    @Autowired
    Answers answers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedbackExport export;

    @Autowired
    Surveys surveys;

    @Autowired
    FeedbackDemoData demo;

    @Autowired
    TestClock clock;

    @BeforeEach
    void catalogue() {
        clock.set(MONDAY_8);
        Optional<Agency> centre = Optional.of(agency(Officers.CENTRE, "Trung tâm Phục vụ hành chính công tỉnh", null));
        Optional<Agency> justice = Optional.of(agency(Officers.JUSTICE, "Sở Tư pháp tỉnh Yên Bái",
                new Agency.QaContact("Phạm Thu Hà", "Chuyên viên Văn phòng Sở", "02163852200", "hoidap.stp@example.vn")));
        Optional<Agency> other = Optional.of(agency(Officers.OTHER, "Sở Kế hoạch và Đầu tư tỉnh Yên Bái",
                new Agency.QaContact("Đỗ Minh Tuấn", "Chuyên viên", "02163852300", "hoidap.skhdt@example.vn")));
        when(agencies.find(anyString())).thenReturn(Optional.empty());
        when(agencies.find(Officers.CENTRE)).thenReturn(centre);
        when(agencies.find(Officers.JUSTICE)).thenReturn(justice);
        when(agencies.find(Officers.OTHER)).thenReturn(other);
        when(agencies.isWithin(anyString(), anyString())).thenAnswer(i -> i.getArgument(0).equals(i.getArgument(1)));
        Procedure birth = mock(Procedure.class);
        when(birth.sector()).thenReturn(new Procedure.Sector("TP", "Tư pháp"));
        when(procedures.findPublished(anyString())).thenReturn(Optional.empty());
        when(procedures.findPublished("1.001193")).thenReturn(Optional.of(birth));
    }

    @AfterEach
    void signOut() {
        Officers.anonymous();
    }

    static Agency agency(String code, String name, Agency.QaContact contact) {
        return new Agency(code, name, name, new AgencyLevel("SO", "Sở", 2), null, "Yên Bái", "02163850000",
                "vanthu@example.vn", "TIEU_CHUAN", false, contact, LocalDate.of(2020, 1, 1), null, null);
    }

    static Asker.Form individual(String phone) {
        return new Asker.Form("INDIVIDUAL", "Nguyễn Thị Hoa", null, null, "CITIZEN_ID", "015088123456",
                "Tổ 3, phường Yên Ninh, thành phố Yên Bái", phone, null);
    }

    static final String BODY = "Con tôi sinh ngày 20/02/2026 tại bệnh viện tỉnh. Tôi muốn hỏi đăng ký khai sinh "
            + "cần những giấy tờ gì và làm ở đâu? Số CCCD của tôi là 015088123456, điện thoại 0912 345 678, "
            + "thư nguyen.hoa@example.vn.";

    /** An anonymous question with a verified phone. */
    QuestionSubmission.Receipt ask(String phone) {
        String client = "198.51.100." + Integer.parseInt(phone.substring(phone.length() - 3));
        UUID verification = guard.sendCode(NotificationPort.Channel.SMS, phone, client);
        String code = codeSentTo(phone);
        return submission.submit(new QuestionSubmission.Submission("QUESTION", "1.001193", null,
                "Hỏi về thủ tục đăng ký khai sinh", BODY, individual(phone), true, verification, code), null,
                client);
    }

    /** Every message kept for the recipient, joined (the fixed clock gives them the same instant). */
    String lastMessageTo(String recipient) {
        return String.join("\n---\n", jdbc.sql("SELECT body FROM identity_dev_mailbox WHERE recipient = :r")
                .param("r", recipient).query(String.class).list());
    }

    String codeSentTo(String recipient) {
        return jdbc.sql("SELECT body FROM identity_dev_mailbox WHERE recipient = :r AND subject = 'Mã xác minh gửi câu hỏi'")
                .param("r", recipient).query(String.class).list().getLast()
                .replaceAll("(?s).*?\\b([0-9]{6})\\b.*", "$1");
    }

    int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    static Answer.Form answerForm() {
        return new Answer.Form("Phạm Thu Hà", "Phó Trưởng phòng Hành chính tư pháp", "0216 3852 200",
                "Hồ sơ đăng ký khai sinh gồm tờ khai theo mẫu và giấy chứng sinh; nộp tại UBND cấp xã nơi cư trú "
                        + "của cha hoặc mẹ, hoặc trực tuyến trên Cổng Dịch vụ công.",
                List.of(new Answer.CitationForm("123/2015/NĐ-CP", "2015-11-15", "Chính phủ",
                        "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch")));
    }

    @Test
    void anAnonymousQuestionIsReceivedWithItsAskerApartAndTheIdNumberSealed(AssertablePublishedEvents events) {
        QuestionSubmission.Receipt receipt = ask("0912345001");

        Question q = questions.find(receipt.id()).orElseThrow();
        assertThat(q.stage()).isEqualTo(Question.Stage.SUBMITTED);
        assertThat(q.sectorCode()).isEqualTo("TP");
        assertThat(q.forwardDueAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T08:00:00+07:00").toInstant());
        assertThat(submission.byToken(receipt.accessToken())).map(Question::id).contains(receipt.id());
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_asker WHERE id = :id AND encode(id_number_sealed, 'escape') "
                + "NOT LIKE '%015088123456%' AND id_number_hash IS NOT NULL AND consent_version = '2026-12-01' "
                + "AND consent_at = :at").param("id", q.askerId()).param("at", java.sql.Timestamp.from(MONDAY_8))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(lastMessageTo("0912345001")).contains(receipt.reference(), "/hoi-dap/theo-doi/" + receipt.accessToken());
        events.assertThat().contains(QuestionSubmitted.class).matching(QuestionSubmitted::questionId, receipt.id());
    }

    @Test
    void anAnonymousAskerNeedsTheRightCode() {
        int before = count("feedback_question");
        UUID verification = guard.sendCode(NotificationPort.Channel.SMS, "0912345002", "203.0.113.8");
        assertThatThrownBy(() -> submission.submit(new QuestionSubmission.Submission("QUESTION", null, null,
                "Hỏi về chứng thực", "Tôi muốn hỏi chứng thực bản sao từ bản chính cần mang theo những gì?",
                individual("0912345002"), true, verification, "000000"), null, "203.0.113.8"))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors())
                        .extracting(FormError::messageKey).contains("feedback.error.verificationCode.wrong"));
        // the code was for another phone
        assertThatThrownBy(() -> submission.submit(new QuestionSubmission.Submission("QUESTION", null, null,
                "Hỏi về chứng thực", "Tôi muốn hỏi chứng thực bản sao từ bản chính cần mang theo những gì?",
                individual("0912345003"), true, verification,
                codeSentTo("0912345002")), null, "203.0.113.8"))
                .isInstanceOf(RefusedInput.class);
        assertThat(count("feedback_question")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT attempts FROM feedback_verification WHERE id = :id").param("id", verification)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithEveryReasonAndNothingIsStored() {
        int questionsBefore = count("feedback_question");
        int askersBefore = count("feedback_asker");
        Asker.Form organisation = new Asker.Form("ORGANISATION", "Trần Văn Bình", " ", null, null, null,
                "Phường Đồng Tâm", "12345", null);
        assertThatThrownBy(() -> submission.submit(new QuestionSubmission.Submission("PETITION", null, null,
                "Kien nghi ve thu tuc", "Toi muon kien nghi ve viec giai quyet ho so cua cong ty, ko dc tra loi",
                organisation, false, null, null), null, "203.0.113.9"))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors())
                        .extracting(FormError::messageKey).contains(
                                "feedback.error.body.abbreviations", "feedback.error.body.noDiacritics",
                                "feedback.error.organisationName.required", "feedback.error.position.required",
                                "feedback.error.phone.format", "feedback.error.consent.required"));
        assertThatThrownBy(() -> submission.submit(new QuestionSubmission.Submission("QUESTION", null, null,
                "Hỏi về hộ kinh doanh", "Tôi muốn đăng ký hộ kinh doanh thì nộp hồ sơ ở đâu?",
                new Asker.Form("INDIVIDUAL", "Hà Văn Nam", null, null, "CITIZEN_ID", "999088123456", "Xã Tuy Lộc",
                        "0912345678", null), true, null, null), UUID.randomUUID(), "203.0.113.9"))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors())
                        .extracting(FormError::messageKey).containsExactly("feedback.error.idNumber.province"));
        assertThat(count("feedback_question")).isEqualTo(questionsBefore);
        assertThat(count("feedback_asker")).isEqualTo(askersBefore);
    }

    @Test
    void theCentreForwardsTheAgencyAnswersWithACitationALeaderApprovesAndTheCentrePublishes(
            AssertablePublishedEvents events) {
        QuestionSubmission.Receipt receipt = ask("0912345010");
        clock.set(OffsetDateTime.parse("2026-03-02T10:00:00+07:00").toInstant());
        Officers.as("demo.centre", Officers.CENTRE, Role.CENTRE);
        Question forwarded = workflow.forward(receipt.id(), new QuestionWorkflow.Forwarding("QUESTION",
                Officers.JUSTICE, List.of(), "1.001193"));
        assertThat(forwarded.answerDueAt()).isEqualTo(OffsetDateTime.parse("2026-03-05T10:00:00+07:00").toInstant());
        assertThat(lastMessageTo("hoidap.stp@example.vn")).contains(receipt.reference(), "/can-bo/hoi-dap");
        events.assertThat().contains(QuestionForwarded.class).matching(e -> !e.late()
                && e.agencyCode().equals(Officers.JUSTICE));

        // an officer of another agency neither answers nor returns it
        Officers.as("other.specialist", Officers.OTHER, Role.SPECIALIST);
        assertThatThrownBy(() -> workflow.draftAnswer(receipt.id(), answerForm()))
                .isInstanceOf(AccessDeniedException.class);

        Officers.as("demo.specialist", Officers.JUSTICE, Role.SPECIALIST);
        Answer.Form incomplete = new Answer.Form("", "Chuyên viên", "0216", "Trả lời", List.of(
                new Answer.CitationForm("123/2015/NĐ-CP", "", "Chính phủ", "")));
        assertThatThrownBy(() -> workflow.draftAnswer(receipt.id(), incomplete))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors())
                        .extracting(FormError::messageKey).contains("feedback.error.responderName.required",
                                "feedback.error.responderPhone.format", "feedback.error.citation1Date.required",
                                "feedback.error.citation1Title.required"));
        assertThat(answers.find(receipt.id())).isEmpty();
        workflow.draftAnswer(receipt.id(), answerForm());
        assertThatThrownBy(() -> workflow.approve(receipt.id())).isInstanceOf(AccessDeniedException.class);

        clock.set(OffsetDateTime.parse("2026-03-03T09:00:00+07:00").toInstant());
        Officers.as("demo.leader", Officers.JUSTICE, Role.LEADER);
        Question answered = workflow.approve(receipt.id());
        assertThat(answered.stage()).isEqualTo(Question.Stage.ANSWERED);
        Answer answer = answers.find(receipt.id()).orElseThrow();
        assertThat(answer.approvedBy()).isEqualTo("demo.leader");
        assertThat(answer.agencyName()).isEqualTo("Sở Tư pháp tỉnh Yên Bái");
        assertThat(answer.citations()).containsExactly(new Answer.Citation("123/2015/NĐ-CP", LocalDate.of(2015, 11, 15),
                "Chính phủ", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch"));
        events.assertThat().contains(AnswerPublished.class).matching(e -> e.timeliness().equals("EARLY"));
        assertThat(lastMessageTo("0912345010")).contains("đã trả lời");

        Officers.as("demo.centre", Officers.CENTRE, Role.CENTRE);
        publication.publish(receipt.id());
        Publication.FaqEntry entry = publication.search("dang ky khai sinh", "TP", null, 10, 0).stream()
                .filter(e -> e.id().equals(receipt.id())).findFirst().orElseThrow();
        assertThat(entry.body()).doesNotContain("015088123456", "0912 345 678", "nguyen.hoa@example.vn")
                .contains(PersonalDataMasking.ID_NUMBER, PersonalDataMasking.PHONE, PersonalDataMasking.EMAIL);
        assertThat(publication.similar("Thủ tục đăng ký khai sinh cho con", 5)).extracting(Publication.FaqEntry::id)
                .contains(receipt.id());
        assertThat(questions.history(receipt.id())).extracting(Questions.HistoryEntry::action)
                .containsExactly("submitted", "forwarded", "answer-drafted", "answered", "published");

        // the export for the national system carries the masked text, the answer and its citation
        FeedbackExport.Item exported = export.items(MONDAY_8, MONDAY_8.plusSeconds(86_400)).stream()
                .filter(i -> i.id().equals(receipt.id())).findFirst().orElseThrow();
        assertThat(exported.text()).doesNotContain("015088123456", "nguyen.hoa@example.vn");
        assertThat(exported.status()).isEqualTo("ANSWERED");
        assertThat(exported.answer().citations()).extracting(FeedbackExport.Citation::number)
                .containsExactly("123/2015/NĐ-CP");
        assertThat(exported.published()).isTrue();
    }

    @Test
    void anAgencyReturnsTheItemTheCentreReroutesItAndReturnsAreCounted(AssertablePublishedEvents events) {
        QuestionSubmission.Receipt receipt = ask("0912345020");
        Officers.as("demo.centre", Officers.CENTRE, Role.CENTRE);
        workflow.forward(receipt.id(), new QuestionWorkflow.Forwarding("QUESTION", Officers.OTHER, List.of(), null));
        int before = questions.returnCounts().getOrDefault(Officers.OTHER, 0);

        clock.set(OffsetDateTime.parse("2026-03-03T08:30:00+07:00").toInstant());
        Officers.as("other.specialist", Officers.OTHER, Role.SPECIALIST);
        assertThatThrownBy(() -> workflow.returnToCentre(receipt.id(), " ")).isInstanceOf(RefusedInput.class);
        Question returned = workflow.returnToCentre(receipt.id(), "Nội dung thuộc lĩnh vực hộ tịch của Sở Tư pháp");
        assertThat(returned.stage()).isEqualTo(Question.Stage.RETURNED);
        assertThat(questions.returnCounts()).containsEntry(Officers.OTHER, before + 1);
        events.assertThat().contains(QuestionReturned.class).matching(e -> e.agencyCode().equals(Officers.OTHER)
                && e.late());

        Officers.as("demo.centre", Officers.CENTRE, Role.CENTRE);
        Question rerouted = workflow.forward(receipt.id(), new QuestionWorkflow.Forwarding("QUESTION",
                Officers.JUSTICE, List.of(Officers.OTHER), null));
        assertThat(rerouted.agencyCode()).isEqualTo(Officers.JUSTICE);
        // coordinated: 5 working days from the re-routing (Tue 08:30 → Tue 10/3 08:30)
        assertThat(rerouted.answerDueAt()).isEqualTo(OffsetDateTime.parse("2026-03-10T08:30:00+07:00").toInstant());
    }

    @Test
    void theExtensionNeedsAnInterimReplyWhichTheAskerReceives() {
        QuestionSubmission.Receipt receipt = ask("0912345030");
        Officers.as("demo.centre", Officers.CENTRE, Role.CENTRE);
        workflow.forward(receipt.id(), new QuestionWorkflow.Forwarding("QUESTION", Officers.JUSTICE, List.of(), null));
        Officers.as("demo.specialist", Officers.JUSTICE, Role.SPECIALIST);
        assertThatThrownBy(() -> workflow.extend(receipt.id(), "")).isInstanceOf(RefusedInput.class);
        Question extended = workflow.extend(receipt.id(), "Sở đang xác minh sổ hộ tịch lưu trữ và sẽ trả lời sớm.");
        assertThat(extended.answerDueAt()).isEqualTo(OffsetDateTime.parse("2026-03-16T08:00:00+07:00").toInstant());
        assertThat(lastMessageTo("0912345030")).contains("Sở đang xác minh sổ hộ tịch lưu trữ");
    }

    @Test
    void aRatingIsGivenOnceAndDissatisfactionOpensAnAccountabilityItem(AssertablePublishedEvents events) {
        Question answered = answeredQuestion("0912345040");
        assertThatThrownBy(() -> ratings.rateAnswer(answered, false, " "))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("feedback.error.reason.required"));
        ratings.rateAnswer(answered, false, "Câu trả lời chưa nêu rõ thời hạn giải quyết.");
        assertThatThrownBy(() -> ratings.rateAnswer(answered, true, null))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("feedback.error.rating.duplicate"));
        assertThat(ratings.ratingOf(answered.id())).map(Ratings.AnswerRating::satisfied).contains(false);
        Ratings.AccountabilityItem item = ratings.accountabilityOf("QUESTION", answered.id()).orElseThrow();
        assertThat(item.open()).isTrue();
        assertThat(item.agencyCode()).isEqualTo(Officers.JUSTICE);
        events.assertThat().contains(RatingGiven.class).matching(e -> e.level().equals("NOT_SATISFIED"));

        Officers.as("demo.leader", Officers.JUSTICE, Role.LEADER);
        ratings.respond(item.id(), "Thời hạn giải quyết là 01 ngày làm việc kể từ khi nhận đủ hồ sơ.");
        assertThat(ratings.accountabilityOf("QUESTION", answered.id()).orElseThrow().open()).isFalse();
        // the database refuses a second rating too
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO feedback_rating (question_id, satisfied, rated_at) "
                + "VALUES (:id, true, now())").param("id", answered.id()).update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    @Test
    void aFollowUpIsLinkedAndHasItsOwnClock() {
        Question answered = answeredQuestion("0912345050");
        clock.set(OffsetDateTime.parse("2026-03-06T14:00:00+07:00").toInstant());
        QuestionSubmission.Receipt followUp = submission.followUp(answered.id(), "Hỏi thêm về khai sinh",
                "Nếu cha mẹ chưa đăng ký kết hôn thì thủ tục khai sinh có khác không?");
        Question q = questions.find(followUp.id()).orElseThrow();
        assertThat(q.parentId()).isEqualTo(answered.id());
        assertThat(q.askerId()).isEqualTo(answered.askerId());
        // Fri 14:00 + 8 working hours → Mon 9/3 14:00
        assertThat(q.forwardDueAt()).isEqualTo(OffsetDateTime.parse("2026-03-09T14:00:00+07:00").toInstant());
        assertThat(questions.followUpsOf(answered.id())).extracting(Question::id).containsExactly(followUp.id());
    }

    @Test
    void aDossierIsRatedOnce() {
        UUID dossier = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        dossierRatings.rate(dossier, account, Officers.JUSTICE, "1.001193", DossierRatings.Level.NOT_SATISFIED,
                "Phải đi lại hai lần vì hướng dẫn chưa rõ.");
        assertThatThrownBy(() -> dossierRatings.rate(dossier, account, Officers.JUSTICE, "1.001193",
                DossierRatings.Level.SATISFIED, null)).isInstanceOfSatisfying(RefusedInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("feedback.error.rating.duplicate"));
        assertThat(dossierRatings.find(dossier)).map(DossierRatings.Rating::level)
                .contains(DossierRatings.Level.NOT_SATISFIED);
        assertThat(ratings.accountabilityOf("DOSSIER", dossier)).isPresent();
    }

    @Test
    void remindersAndEscalationsAreSentOncePerDeadline() {
        QuestionSubmission.Receipt receipt = ask("0912345060");
        int before = count("feedback_deadline_notice WHERE question_id = '" + receipt.id() + "'");
        assertThat(before).isZero();
        clock.set(OffsetDateTime.parse("2026-03-02T17:00:00+07:00").toInstant()); // 30 working minutes left
        watch.run();
        watch.run();
        clock.set(OffsetDateTime.parse("2026-03-03T08:01:00+07:00").toInstant()); // late
        watch.run();
        watch.run();
        assertThat(jdbc.sql("SELECT notice FROM feedback_deadline_notice WHERE question_id = :id ORDER BY sent_at")
                .param("id", receipt.id()).query(String.class).list()).containsExactly("REMINDER", "ESCALATION");
    }

    @Test
    void aSurveyHasTheFiveItemsOfCircular32AndIsTallied() {
        Officers.as("demo.centre", Officers.CENTRE, Role.CENTRE);
        UUID survey = surveys.define("Khảo sát quý IV năm 2026", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        Officers.anonymous();
        assertThat(surveys.find(survey).orElseThrow().items()).hasSize(7).extracting(Surveys.Item::subject)
                .containsExactly("SERVICE", "SERVICE", "SERVICE", "SERVICE", "SERVICE", "AGENCY", "OFFICER");
        assertThatThrownBy(() -> surveys.respond(survey, null, java.util.Map.of(1, 5)))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors()).hasSize(6));
        surveys.respond(survey, Officers.JUSTICE, java.util.Map.of(1, 5, 2, 4, 3, 4, 4, 5, 5, 3, 6, 4, 7, 5));
        surveys.respond(survey, null, java.util.Map.of(1, 4, 2, 4, 3, 2, 4, 5, 5, 3, 6, 4, 7, 1));
        List<Surveys.Tally> all = surveys.tally(survey, null);
        assertThat(all.get(0).responses()).isEqualTo(2);
        assertThat(all.get(0).average()).isEqualTo(4.5);
        assertThat(all.get(6).perScore()).containsExactly(1, 0, 0, 0, 1);
        assertThat(surveys.tally(survey, Officers.JUSTICE).get(6).average()).isEqualTo(5.0);
        clock.set(OffsetDateTime.parse("2026-04-01T08:00:00+07:00").toInstant());
        assertThatThrownBy(() -> surveys.respond(survey, null, java.util.Map.of()))
                .isInstanceOf(RefusedInput.class);
    }

    @Test
    void demoDataIsIdempotent() {
        demo.load();
        demo.load();
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_question WHERE reference LIKE 'PA-2026-9%'")
                .query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_question WHERE reference LIKE 'PA-2026-9%' "
                + "AND published_at IS NOT NULL").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void anItemPublishedUnderTheFaqsOldFoldingIsFoundAndReFoldedOnce() {
        Question answered = answeredQuestion("0912345070");
        Officers.as("demo.centre", Officers.CENTRE, Role.CENTRE);
        publication.publish(answered.id());
        Officers.anonymous();
        // the FAQ's own folding kept punctuation
        jdbc.sql("UPDATE feedback_question SET search_text = 'hoi ve thu tuc: dang ky khai-sinh (ho-tich).' "
                + "WHERE id = :id").param("id", answered.id()).update();
        assertThat(publication.search("Đăng ký khai-sinh, hộ tịch", null, null, 10, 0))
                .extracting(Publication.FaqEntry::id).contains(answered.id());

        assertThat(questions.refoldSearchText()).isOne();
        assertThat(questions.refoldSearchText()).isZero();
        Map<String, Object> row = jdbc.sql("SELECT published_title, published_body, published_answer, search_text "
                + "FROM feedback_question WHERE id = :id").param("id", answered.id()).query().singleRow();
        assertThat(row.get("search_text")).isEqualTo(Questions.searchText((String) row.get("published_title"),
                (String) row.get("published_body"), (String) row.get("published_answer")));
        assertThat((String) row.get("search_text")).doesNotContain("-", ",", "?");
        assertThat(publication.search("Đăng ký khai-sinh", null, null, 10, 0))
                .extracting(Publication.FaqEntry::id).contains(answered.id());
    }

    private Question answeredQuestion(String phone) {
        QuestionSubmission.Receipt receipt = ask(phone);
        Officers.as("demo.centre", Officers.CENTRE, Role.CENTRE);
        workflow.forward(receipt.id(), new QuestionWorkflow.Forwarding("QUESTION", Officers.JUSTICE, List.of(), null));
        Officers.as("demo.specialist", Officers.JUSTICE, Role.SPECIALIST);
        workflow.draftAnswer(receipt.id(), answerForm());
        Officers.as("demo.leader", Officers.JUSTICE, Role.LEADER);
        Question answered = workflow.approve(receipt.id());
        Officers.anonymous();
        return answered;
    }
}
