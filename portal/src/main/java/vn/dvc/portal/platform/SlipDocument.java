package vn.dvc.portal.platform;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An A5 slip being written with PDFBox: DejaVu Serif (regular, bold, italic) embedded as subsets from the
 * {@code jasperreports-fonts} jar, so Vietnamese renders without any system font; text that wraps, simple
 * tables, a Code 128 barcode and a QR code drawn as vector rectangles. Not thread-safe; one per slip. Shared by
 * the desk's slips (dossier, Forms 01–03) and those of processing (Forms 02–05).
 */
public final class SlipDocument implements AutoCloseable {

    public static final PDRectangle A5 = PDRectangle.A5;
    private static final float MARGIN = 30;
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = font("DejaVuSerif.ttf");
    private static final byte[] BOLD = font("DejaVuSerif-Bold.ttf");
    private static final byte[] ITALIC = font("DejaVuSerif-Italic.ttf");
    /** Parsed fonts are reused (parsing a TTF costs more than the slip); a set is used by one slip at a time. */
    private static final java.util.concurrent.BlockingQueue<FontSet> POOL = new java.util.concurrent.ArrayBlockingQueue<>(16);

    private record FontSet(org.apache.fontbox.ttf.TrueTypeFont regular, org.apache.fontbox.ttf.TrueTypeFont bold,
                           org.apache.fontbox.ttf.TrueTypeFont italic) {

        static FontSet parse() throws IOException {
            org.apache.fontbox.ttf.TTFParser parser = new org.apache.fontbox.ttf.TTFParser();
            return new FontSet(parser.parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(REGULAR)),
                    new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(BOLD)),
                    new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(ITALIC)));
        }
    }

    private final FontSet fontSet;

    public enum Style { REGULAR, BOLD, ITALIC }

    /** Joins words that must stay on one line (written as a plain space). */
    public static final char KEEP = '\u00A0';

    public static String together(String text) {
        return text.replace(' ', KEEP);
    }

    private final PDDocument document = new PDDocument();
    private final Map<Style, PDType0Font> fonts;
    private PDPageContentStream content;
    private float y;

    public SlipDocument(String title) {
        try {
            FontSet set = POOL.poll();
            fontSet = set != null ? set : FontSet.parse();
            fonts = Map.of(Style.REGULAR, PDType0Font.load(document, fontSet.regular(), true),
                    Style.BOLD, PDType0Font.load(document, fontSet.bold(), true),
                    Style.ITALIC, PDType0Font.load(document, fontSet.italic(), true));
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Cổng Dịch vụ công");
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float width() {
        return A5.getWidth() - 2 * MARGIN;
    }

    public float left() {
        return MARGIN;
    }

    /** Writes wrapped text in a column from {@code x} of width {@code w}; returns nothing, moves down. */
    public void text(String text, Style style, float size, float x, float w, boolean centred) {
        for (String line : wrap(text, style, size, w)) {
            ensure(size * 1.35f);
            float lineWidth = width(line, style, size);
            float at = centred ? x + (w - lineWidth) / 2 : x;
            write(line, style, size, at, y - size);
            y -= size * 1.35f;
        }
    }

    public void paragraph(String text, Style style, float size) {
        text(text, style, size, MARGIN, width(), false);
    }

    public void centred(String text, Style style, float size) {
        text(text, style, size, MARGIN, width(), true);
    }

    /** Two columns side by side (the header: agency left, national motto right). */
    public void columns(List<String> left, List<String> right, List<Style> leftStyles, List<Style> rightStyles, float size) {
        columns(left, right, leftStyles, rightStyles, size, 0.5f);
    }

    /** Two columns, the left one taking {@code share} of the width. */
    public void columns(List<String> left, List<String> right, List<Style> leftStyles, List<Style> rightStyles, float size,
            float share) {
        float top = y;
        float leftWidth = width() * share;
        for (int i = 0; i < left.size(); i++) {
            text(left.get(i), leftStyles.get(i), size, MARGIN, leftWidth - 4, true);
        }
        float leftBottom = y;
        y = top;
        for (int i = 0; i < right.size(); i++) {
            text(right.get(i), rightStyles.get(i), size, MARGIN + leftWidth + 4, width() - leftWidth - 4, true);
        }
        y = Math.min(y, leftBottom);
    }

    /** A line aligned to the right margin. */
    public void right(String text, Style style, float size) {
        ensure(size * 1.35f);
        write(text, style, size, MARGIN + width() - width(text, style, size), y - size);
        y -= size * 1.35f;
    }

    public void space(float points) {
        y -= points;
    }

    /** A table with ruled cells; {@code widths} are fractions of the page width. */
    public void table(List<String> header, List<List<String>> rows, float[] widths, float size) {
        row(header, widths, Style.BOLD, size);
        for (List<String> row : rows) {
            row(row, widths, Style.REGULAR, size);
        }
    }

    private void row(List<String> cells, float[] widths, Style style, float size) {
        float lineHeight = size * 1.3f;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = wrap(cells.get(i), style, size, widths[i] * width() - 6);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * lineHeight + 4;
        ensure(height);
        float x = MARGIN;
        try {
            for (int i = 0; i < cells.size(); i++) {
                float w = widths[i] * width();
                content.addRect(x, y - height, w, height);
                content.stroke();
                float lineY = y - 2 - size;
                for (String line : wrapped.get(i)) {
                    write(line, style, size, x + 3, lineY);
                    lineY -= lineHeight;
                }
                x += w;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /** A Code 128 barcode of {@code value} at the left and a QR code of {@code url} at the right, side by side. */
    public void codes(String value, String url, float barcodeWidth, float barcodeHeight, float qrSize) {
        ensure(Math.max(barcodeHeight + 14, qrSize));
        try {
            BitMatrix bars = new Code128Writer().encode(value, BarcodeFormat.CODE_128, 0, 0);
            float module = barcodeWidth / bars.getWidth();
            float top = y;
            for (int x = 0; x < bars.getWidth(); x++) {
                if (bars.get(x, 0)) {
                    content.addRect(MARGIN + x * module, top - barcodeHeight, module, barcodeHeight);
                }
            }
            content.fill();
            float textWidth = width(value, Style.REGULAR, 8);
            write(value, Style.REGULAR, 8, MARGIN + (barcodeWidth - textWidth) / 2, top - barcodeHeight - 10);
            BitMatrix qr = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 1));
            float cell = qrSize / qr.getWidth();
            float qrLeft = MARGIN + width() - qrSize;
            for (int row = 0; row < qr.getHeight(); row++) {
                for (int col = 0; col < qr.getWidth(); col++) {
                    if (qr.get(col, row)) {
                        content.addRect(qrLeft + col * cell, top - (row + 1) * cell, cell, cell);
                    }
                }
            }
            content.fill();
            y = top - Math.max(barcodeHeight + 14, qrSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode " + value, e);
        }
    }

    public byte[] toPdf() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            POOL.offer(fontSet);
        }
    }

    private void ensure(float height) {
        if (y - height < MARGIN) {
            try {
                content.close();
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(A5);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        y = A5.getHeight() - MARGIN;
    }

    private void write(String text, Style style, float size, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(fonts.get(style), size);
            content.newLineAtOffset(x, baseline);
            content.showText(text.replace(KEEP, ' '));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width(String text, Style style, float size) {
        try {
            return fonts.get(style).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, Style style, float size, float w) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style, size) <= w || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] font(String name) {
        try (InputStream in = SlipDocument.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
