package vn.dvc.portal.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.platform.FormError;

/**
 * The text rules: diacritics and abbreviations (QA-2), masking for the FAQ (QA-5). Folding for search is the
 * platform's ({@code VietnameseTextTest}).
 */
class TextRulesTest {

    @Test
    void vietnameseWithDiacriticsIsAccepted() {
        assertThat(QuestionWording.check("Tôi muốn hỏi thủ tục đăng ký khai sinh cho con tại UBND xã cần những "
                + "giấy tờ gì? Có cần bản sao CCCD của cha mẹ không?").acceptable()).isTrue();
    }

    @Test
    void textWithoutDiacriticsIsFlagged() {
        QuestionWording.Verdict verdict = QuestionWording.check(
                "Toi muon hoi thu tuc dang ky khai sinh cho con can nhung giay to gi");
        assertThat(verdict.withoutDiacritics()).isTrue();
        assertThat(verdict.acceptable()).isFalse();
        // short, but two words that are never written bare
        assertThat(QuestionWording.check("khong duoc").withoutDiacritics()).isTrue();
    }

    @Test
    void abbreviationsAreNamed() {
        QuestionWording.Verdict verdict = QuestionWording.check("Tôi ko biết làm thủ tục ntn, đc không ạ?");
        assertThat(verdict.abbreviations()).containsExactly("ko", "ntn", "đc");
        assertThat(verdict.withoutDiacritics()).isFalse();
    }

    @Test
    void idNumbersPhonesAndEmailsAreMaskedAndNamesRemoved() {
        String text = "Tôi là Nguyễn Thị Hoa, CCCD 015088123456 (cũ: 012 345 678), điện thoại 0912 345 678 "
                + "hoặc +84 216 3818 888, thư hoa.nguyen@example.vn; lệ phí 100.000 đồng ngày 12/03/2026.";
        String masked = PersonalDataMasking.mask(text, List.of("Nguyễn Thị Hoa"));
        assertThat(masked).doesNotContain("Nguyễn Thị Hoa", "015088123456", "012 345 678", "0912 345 678",
                "3818 888", "hoa.nguyen@example.vn");
        assertThat(masked).contains(PersonalDataMasking.NAME, PersonalDataMasking.ID_NUMBER,
                PersonalDataMasking.PHONE, PersonalDataMasking.EMAIL, "100.000 đồng", "12/03/2026");
        assertThat(PersonalDataMasking.looksPersonal(masked)).isFalse();
    }

    @Test
    void art17FieldsAreRequiredForTheChosenAskerType() {
        List<FormError> errors = new ArrayList<>();
        assertThat(Asker.check(new Asker.Form("ORGANISATION", "Trần Văn Bình", "", "", null, null,
                "Phường Đồng Tâm", "0912345678", null), errors)).isNull();
        assertThat(errors).extracting(FormError::messageKey).containsExactly(
                "feedback.error.organisationName.required", "feedback.error.position.required");

        errors.clear();
        assertThat(Asker.check(new Asker.Form("INDIVIDUAL", "Lê Thị Mai", null, null, "CITIZEN_ID", "12345",
                "", "12345", "không-phải-thư"), errors)).isNull();
        assertThat(errors).extracting(FormError::messageKey).containsExactly(
                "feedback.error.idNumber.format", "feedback.error.address.required", "feedback.error.phone.format",
                "feedback.error.email.format");

        errors.clear();
        Asker asker = Asker.check(new Asker.Form("INDIVIDUAL", " Lê Thị Mai ", null, null, "CITIZEN_ID",
                "015 088 123 456", "Tổ 5, phường Yên Ninh", "+84 912 345 678", ""), errors);
        assertThat(errors).isEmpty();
        assertThat(asker).isNotNull();
        assertThat(asker.idNumber()).isEqualTo("015088123456");
        assertThat(asker.phone()).isEqualTo("0912345678");
        assertThat(asker.fullName()).isEqualTo("Lê Thị Mai");
    }
}
