package vn.dvc.portal.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Search compares Vietnamese text without diacritics and case; đ equals d; codes keep their dots. */
class SearchTextTest {

    @Test
    void foldsDiacriticsCaseAndDStroke() {
        assertThat(SearchText.fold("Thủ tục Đăng ký khai sinh")).isEqualTo("thu tuc dang ky khai sinh");
        assertThat(SearchText.fold("ĐĂNG KÝ KẾT HÔN")).isEqualTo("dang ky ket hon");
    }

    @Test
    void decomposedInputFoldsLikeComposed() {
        String decomposed = Normalizer.normalize("Chứng thực bản sao", Normalizer.Form.NFD);
        assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold("Chứng thực bản sao"))
                .isEqualTo("chung thuc ban sao");
    }

    @Test
    void keepsProcedureCodesAndDropsPunctuation() {
        assertThat(SearchText.fold("1.001193 – Hộ tịch, (cấp xã).")).isEqualTo("1.001193 ho tich cap xa");
    }
}
