package vn.dvc.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * The one folding: search (catalogue and FAQ) compares Vietnamese text without diacritics and case; đ equals d;
 * punctuation separates words; codes keep their dots. Texts that go out in plain letters keep case and punctuation.
 */
class VietnameseTextTest {

    @Test
    void foldsDiacriticsCaseAndDStroke() {
        assertThat(VietnameseText.fold("Thủ tục Đăng ký khai sinh")).isEqualTo("thu tuc dang ky khai sinh");
        assertThat(VietnameseText.fold("ĐĂNG KÝ KẾT HÔN")).isEqualTo("dang ky ket hon");
    }

    @Test
    void foldingIgnoresDiacriticsCaseAndSpaces() {
        assertThat(VietnameseText.fold("Đăng ký  KHAI SINH")).isEqualTo("dang ky khai sinh");
        assertThat(VietnameseText.fold("Chứng thực bản sao")).isEqualTo(VietnameseText.fold("chung thuc ban sao"));
    }

    @Test
    void decomposedInputFoldsLikeComposed() {
        String decomposed = Normalizer.normalize("Chứng thực bản sao", Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold("Chứng thực bản sao"))
                .isEqualTo("chung thuc ban sao");
    }

    @Test
    void keepsProcedureCodesAndDropsPunctuation() {
        assertThat(VietnameseText.fold("1.001193 – Hộ tịch, (cấp xã).")).isEqualTo("1.001193 ho tich cap xa");
    }

    @Test
    void aHyphenSeparatesWordsAsASpaceDoes() {
        // the catalogue and the FAQ once folded this differently ("ho tich" and "ho-tich")
        assertThat(VietnameseText.fold("hộ-tịch")).isEqualTo("ho tich").isEqualTo(VietnameseText.fold("Hộ tịch"));
    }

    @Test
    void withoutDiacriticsKeepsCaseAndPunctuation() {
        assertThat(VietnameseText.withoutDiacritics("Yêu cầu bổ sung giấy tờ")).isEqualTo("Yeu cau bo sung giay to");
        assertThat(VietnameseText.withoutDiacritics("Đã trả kết quả")).isEqualTo("Da tra ket qua");
        assertThat(VietnameseText.withoutDiacritics("Hộ-tịch, (cấp xã).")).isEqualTo("Ho-tich, (cap xa).");
        assertThat(VietnameseText.withoutDiacritics(Normalizer.normalize("Trần Văn Đức", Normalizer.Form.NFD)))
                .isEqualTo("Tran Van Duc");
    }
}
