package vn.dvc.portal.feedback.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.portal.calendar.WorkingCalendar;

/**
 * Reminders before each deadline and escalations once it passed (Art. 19.3: the Centre monitors and chases).
 * Every node runs the job; a notice is claimed by inserting its row (item, deadline, due instant, kind) into
 * {@code feedback_deadline_notice} in the transaction that sends it, so it goes out exactly once across the
 * cluster and again only for a new due instant (after a return or an extension).
 */
@Component
class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    /** Forwarding is reminded 2 working hours before its due instant; answers one working day before. */
    static final Duration FORWARD_REMINDER = Duration.ofHours(2);
    static final Duration ANSWER_REMINDER = WorkingCalendar.WORKING_DAY;

    private final Questions questions;
    private final Deadlines deadlines;
    private final FeedbackMessages messages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineWatch(Questions questions, Deadlines deadlines, FeedbackMessages messages, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.questions = questions;
        this.deadlines = deadlines;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void scheduled() {
        int sent = run();
        if (sent > 0) {
            log.info("Sent {} deadline notices for questions", sent);
        }
    }

    /** Sends what is due now; returns the number of notices sent. */
    int run() {
        Instant now = clock.instant();
        HandlingClock handling = deadlines.clock();
        int sent = 0;
        for (Question q : questions.open()) {
            try {
                Integer n = transaction.execute(status -> check(q, now, handling));
                sent += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.warn("Deadline notice for question {} failed: {}", q.id(), e.toString());
            }
        }
        return sent;
    }

    private int check(Question q, Instant now, HandlingClock handling) {
        if (q.stage().atCentre()) {
            return notices(q, "FORWARD", q.forwardDueAt(), handling.centre(), FORWARD_REMINDER, now);
        }
        if (q.stage().atAgency() && q.answerDueAt() != null && q.agencyCode() != null) {
            return notices(q, "ANSWER", q.answerDueAt(), handling.calendarOf(q.agencyCode()), ANSWER_REMINDER, now);
        }
        return 0;
    }

    private int notices(Question q, String deadline, Instant due, WorkingCalendar calendar, Duration threshold,
            Instant now) {
        if (now.isAfter(due)) {
            if (claim(q, deadline, due, "ESCALATION", now)) {
                String text = "Câu hỏi " + q.reference() + " đã quá hạn " + (deadline.equals("FORWARD")
                        ? "chuyển xử lý" : "trả lời") + " (hạn " + FeedbackMessages.when(due) + ").";
                messages.toCentre("Quá hạn: " + q.reference(), text);
                if (q.agencyCode() != null && deadline.equals("ANSWER")) {
                    messages.toAgencyContact(q.agencyCode(), "Quá hạn: " + q.reference(),
                            text + " Đề nghị lãnh đạo cơ quan chỉ đạo trả lời ngay.");
                }
                return 1;
            }
            return 0;
        }
        if (calendar.isDueSoon(now, due, threshold) && claim(q, deadline, due, "REMINDER", now)) {
            String text = "Câu hỏi " + q.reference() + " sắp đến hạn " + (deadline.equals("FORWARD")
                    ? "chuyển xử lý" : "trả lời") + ": " + FeedbackMessages.when(due) + ".";
            if (deadline.equals("FORWARD")) {
                messages.toCentre("Sắp đến hạn: " + q.reference(), text);
            } else {
                messages.toAgencyContact(q.agencyCode(), "Sắp đến hạn: " + q.reference(), text);
            }
            return 1;
        }
        return 0;
    }

    private boolean claim(Question q, String deadline, Instant due, String notice, Instant now) {
        return jdbc.sql("""
                        INSERT INTO feedback_deadline_notice (question_id, deadline, due_at, notice, sent_at)
                        VALUES (:id, :deadline, :due, :notice, :now) ON CONFLICT DO NOTHING""")
                .param("id", q.id()).param("deadline", deadline).param("due", Timestamp.from(due))
                .param("notice", notice).param("now", Timestamp.from(now)).update() == 1;
    }
}
