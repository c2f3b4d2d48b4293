package vn.dvc.portal.processing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The files handed in with an action (a result, a supplement) keep only their cleaned base name (#14): a name
 * with a path was refused or kept as sent, now it is cleaned like every other upload's.
 */
class ProcessingFilesTest {

    private static final byte[] PDF = "%PDF-1.7 result".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};

    @Test
    void aResultKeepsOnlyItsCleanedBaseName() {
        Act.Upload result = ProcessingFiles.requirePdf(new Act.Upload("../../../../evil.pdf", "text/html", PDF), "result");
        assertThat(result.fileName()).isEqualTo("evil.pdf");
        assertThat(result.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void aSupplementWithoutAUsableNameGetsTheNeutralOneOfItsContent() {
        assertThat(ProcessingFiles.requireDocument(new Act.Upload("C:\\fakepath\\giấy tờ.png", "", PNG), "files")
                .fileName()).isEqualTo("giấy tờ.png");
        assertThat(ProcessingFiles.requireDocument(new Act.Upload("..\\..", "", PNG), "files").fileName())
                .isEqualTo("tep-dinh-kem.png");
        assertThat(ProcessingFiles.requireDocument(new Act.Upload("", "", PDF), "files").fileName())
                .isEqualTo("tep-dinh-kem.pdf");
    }
}
