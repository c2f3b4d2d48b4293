package vn.dvc.portal.processing.internal;

import java.util.Arrays;
import java.util.List;
import vn.dvc.portal.platform.FileNames;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Checks of the files handed in with an action, by their content (never by the name or the browser's claim); a
 * file that passes keeps only its cleaned name ({@link FileNames}).
 */
final class ProcessingFiles {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final String PDF = "application/pdf";

    private ProcessingFiles() {
    }

    /** A result must be a PDF. */
    static Act.Upload requirePdf(Act.Upload upload, String field) {
        check(upload, field);
        if (!startsWith(upload.content(), "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw RefusedInput.of(field, "processing.error.resultType");
        }
        return new Act.Upload(FileNames.clean(upload.fileName(), PDF), PDF, upload.content());
    }

    /** A supplemented document: PDF, JPEG or PNG. */
    static Act.Upload requireDocument(Act.Upload upload, String field) {
        check(upload, field);
        byte[] c = upload.content();
        String type = startsWith(c, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) ? PDF
                : startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}) ? "image/jpeg"
                : startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) ? "image/png" : null;
        if (type == null) {
            throw RefusedInput.of(field, "processing.error.documentType");
        }
        return new Act.Upload(FileNames.clean(upload.fileName(), type), type, c);
    }

    static List<Act.Upload> requireDocuments(List<Act.Upload> uploads, String field) {
        return uploads.stream().map(u -> requireDocument(u, field)).toList();
    }

    private static void check(Act.Upload upload, String field) {
        if (upload.content().length == 0) {
            throw RefusedInput.of(field, "processing.error.fileEmpty");
        }
        if (upload.content().length > MAX_BYTES) {
            throw RefusedInput.of(field, "processing.error.fileTooLarge");
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
