package vn.dvc.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one cleaning of the file names clients send, and the one Content-Disposition header (#14). */
class FileNamesTest {

    @Test
    void onlyTheBaseNameIsKept() {
        assertThat(FileNames.clean("../../../../evil.pdf", "application/pdf")).isEqualTo("evil.pdf");
        assertThat(FileNames.clean("..\\..\\windows\\evil.pdf", "application/pdf")).isEqualTo("evil.pdf");
        assertThat(FileNames.clean("C:\\fakepath\\to-khai.pdf", "application/pdf")).isEqualTo("to-khai.pdf");
        assertThat(FileNames.clean("/etc/passwd", null)).isEqualTo("passwd");
        assertThat(FileNames.clean("a/b\\c/../d.png", "image/png")).isEqualTo("d.png");
    }

    @Test
    void controlAndInvisibleCharactersAndLeadingDotsGo() {
        assertThat(FileNames.clean("evil\r\nSet-Cookie: x.pdf", "application/pdf")).isEqualTo("evilSet-Cookie: x.pdf");
        assertThat(FileNames.clean("a\u0000b\u007f\u0085.pdf", null)).isEqualTo("ab.pdf");
        // a right-to-left override would show "evil\u202Efdp.exe" as "evilexe.pdf"
        assertThat(FileNames.clean("evil\u202Efdp.exe", null)).isEqualTo("evilfdp.exe");
        assertThat(FileNames.clean("..evil.pdf", null)).isEqualTo("evil.pdf");
        assertThat(FileNames.clean(".htaccess", null)).isEqualTo("htaccess");
        assertThat(FileNames.clean("  \u00a0 . ten tep.pdf . ", null)).isEqualTo("ten tep.pdf");
    }

    @Test
    void vietnameseLettersAreKeptInComposedForm() {
        assertThat(FileNames.clean("Tờ khai đăng ký khai sinh.pdf", "application/pdf"))
                .isEqualTo("Tờ khai đăng ký khai sinh.pdf");
        // a Mac sends decomposed letters: o + combining horn + combining grave
        assertThat(FileNames.clean("To\u031B\u0300 khai.pdf", null)).isEqualTo("Tờ khai.pdf");
    }

    @Test
    void aNameIsNeverEmptyButNeutralWithTheExtensionOfItsContent() {
        assertThat(FileNames.clean("", "application/pdf")).isEqualTo("tep-dinh-kem.pdf");
        assertThat(FileNames.clean(null, "image/jpeg")).isEqualTo("tep-dinh-kem.jpg");
        assertThat(FileNames.clean("../../..", "image/png")).isEqualTo("tep-dinh-kem.png");
        assertThat(FileNames.clean("folder/", "application/json; charset=UTF-8")).isEqualTo("tep-dinh-kem.json");
        assertThat(FileNames.clean("\u0000", "application/octet-stream")).isEqualTo("tep-dinh-kem");
        assertThat(FileNames.clean("...", null)).isEqualTo("tep-dinh-kem");
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String cut = FileNames.clean("ả".repeat(300) + ".pdf", "application/pdf");
        assertThat(cut).hasSize(FileNames.MAX_LENGTH).startsWith("ảảả").endsWith("ả.pdf");
        String emoji = FileNames.clean("x" + "😀".repeat(200), null);
        assertThat(emoji.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 1))).isFalse();
    }

    @Test
    void cleaningIsIdempotent() {
        for (String given : new String[] {"../../../../evil.pdf", "Tờ khai.pdf", "", "  .a. ", "x".repeat(400)}) {
            String once = FileNames.clean(given, "application/pdf");
            assertThat(FileNames.clean(once, "application/pdf")).isEqualTo(once);
        }
    }

    @Test
    void contentDispositionCarriesOnlyTheCleanNameInBothForms() {
        assertThat(FileNames.attachment("../../../../evil.pdf"))
                .isEqualTo("attachment; filename=\"evil.pdf\"; filename*=UTF-8''evil.pdf");
        assertThat(FileNames.inline("giay-tiep-nhan.pdf"))
                .isEqualTo("inline; filename=\"giay-tiep-nhan.pdf\"; filename*=UTF-8''giay-tiep-nhan.pdf");
        assertThat(FileNames.attachment("Tờ khai \"mẫu\".pdf")).startsWith("attachment; filename=\"")
                .endsWith("; filename*=UTF-8''T%E1%BB%9D%20khai%20%22m%E1%BA%ABu%22.pdf");
        assertThat(FileNames.attachment("a\r\nb.pdf")).doesNotContain("\r", "\n");
    }
}
