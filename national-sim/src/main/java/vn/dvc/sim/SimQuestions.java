package vn.dvc.sim;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Questions asked on the simulator's question page, to an agency of the province, and the answers the province sent
 * back. {@code DongBoHoiDap} hands the province every question not yet answered (so a pull repeated or lost on the
 * way hands the same question again: the province must store it once); {@code deliveries} counts the hand-overs,
 * {@code answers} every answer received ({@code duplicateAnswers} the same answer again). HOIDAPIDs are numbers, as
 * the real National Portal's are, never reused by this process.
 */
@Component
public class SimQuestions implements SimState {

    /** A question. */
    public static final class Question {
        final long id;
        final String fieldCode;
        final String text;
        final String agencyCode;
        final String agencyName;
        final String askedBy;
        final String askedAt;
        int deliveries;
        final List<JsonNode> answers = new ArrayList<>();
        int duplicateAnswers;

        Question(long id, String fieldCode, String text, String agencyCode, String agencyName, String askedBy) {
            this.id = id;
            this.fieldCode = fieldCode;
            this.text = text;
            this.agencyCode = agencyCode;
            this.agencyName = agencyName;
            this.askedBy = askedBy;
            this.askedAt = OffsetDateTime.now(ReceivedLog.ZONE).toString();
        }

        public long id() {
            return id;
        }

        public String fieldCode() {
            return fieldCode;
        }

        public String text() {
            return text;
        }

        public String agencyCode() {
            return agencyCode;
        }

        public String agencyName() {
            return agencyName;
        }

        public String askedAt() {
            return askedAt;
        }

        public int deliveries() {
            return deliveries;
        }

        public List<JsonNode> answers() {
            return List.copyOf(answers);
        }

        public int duplicateAnswers() {
            return duplicateAnswers;
        }

        /** The last answer received, or null. */
        public JsonNode answer() {
            return answers.isEmpty() ? null : answers.get(answers.size() - 1);
        }
    }

    private final Map<Long, Question> byId = new LinkedHashMap<>();
    private long next = 1_000_000 + new SecureRandom().nextInt(8_000_000);

    public synchronized Question ask(String fieldCode, String text, String agencyCode, String agencyName,
            String askedBy) {
        Question question = new Question(next++, fieldCode, text, agencyCode, agencyName, askedBy);
        byId.put(question.id, question);
        return question;
    }

    /** The questions not yet answered, each counted as handed over once more. */
    public synchronized List<Question> handOver() {
        List<Question> open = new ArrayList<>();
        for (Question question : byId.values()) {
            if (question.answers.isEmpty()) {
                question.deliveries++;
                open.add(question);
            }
        }
        return open;
    }

    /** Records an answer; false when no such question was asked. */
    public synchronized boolean answer(long id, JsonNode answer) {
        Question question = byId.get(id);
        if (question == null) {
            return false;
        }
        if (question.answers.contains(answer)) {
            question.duplicateAnswers++;
        }
        question.answers.add(answer);
        return true;
    }

    public synchronized Question find(long id) {
        return byId.get(id);
    }

    /** Newest first. */
    public synchronized List<Question> all() {
        List<Question> list = new ArrayList<>(byId.values());
        java.util.Collections.reverse(list);
        return list;
    }

    @Override
    public synchronized void clear() {
        byId.clear();
    }
}
