package vn.dvc.portal.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A question from the National Portal (QA-6) has only its text: the item's title is its first words; the answer
 * going back carries the legal documents it cites.
 */
class NationalQuestionTitleTest {

    @Test
    void theTitleIsTheFirstWordsOfTheQuestion() {
        assertThat(NationalQuestions.title("Xin hỏi   thủ tục\nkhai sinh?")).isEqualTo("Xin hỏi thủ tục khai sinh?");
        String longText = "Tôi muốn hỏi ".repeat(20);
        String title = NationalQuestions.title(longText);
        assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(121);
        assertThat(title).doesNotContain("  ").startsWith("Tôi muốn hỏi Tôi");
    }

    @Test
    void theAnswerTextNamesTheDocumentsItCites() {
        Answer answer = new Answer("000.00.15.H63", "Sở Tư pháp", "Nguyễn Văn A", "Chuyên viên", "0216381234",
                "Ông/bà nộp tờ khai theo mẫu.", List.of(new Answer.Citation("123/2015/NĐ-CP", LocalDate.of(2015, 11, 15),
                "Chính phủ", "Nghị định quy định chi tiết Luật Hộ tịch")), "a", Instant.EPOCH, "b", Instant.EPOCH);
        assertThat(NationalQuestions.text(answer)).isEqualTo("""
                Ông/bà nộp tờ khai theo mẫu.

                Căn cứ:
                - 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ: Nghị định quy định chi tiết Luật Hộ tịch""");
    }
}
