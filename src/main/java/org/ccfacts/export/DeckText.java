package org.ccfacts.export;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.ccfacts.i18n.Language;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;

/**
 * Text on a slide in the slide's language: every run tagged with its language ({@code ar-SA}, {@code en-US},
 * {@code zh-CN}, {@code ru-RU}) so spelling, fonts and line breaking follow it, and Arabic paragraphs right to
 * left and aligned right ({@code a:pPr rtl="1" algn="r"}), so brackets and full stops land at the right end.
 * A run may carry another language than its paragraph: a URL stays {@code en-US} in an Arabic footer.
 */
final class DeckText {

    /** One run of text and the language it is written in. */
    record Run(String text, String lang) {
    }

    private final String language;

    DeckText(String language) {
        this.language = language;
    }

    /** The tag a presentation program knows the language by. */
    static String tag(String language) {
        return switch (language) {
            case "ar" -> "ar-SA";
            case "zh" -> "zh-CN";
            case "ru" -> "ru-RU";
            default -> "en-US";
        };
    }

    String tag() {
        return tag(language);
    }

    boolean rightToLeft() {
        return "rtl".equals(Language.directionOf(language));
    }

    Run run(String text) {
        return new Run(text, tag());
    }

    /** A text box of one paragraph per line, each line one run in the slide's language. */
    XSLFTextBox box(XSLFSheet sheet, Rectangle2D anchor, List<String> lines, double size,
                    boolean bold, String colour) {
        return boxOfRuns(sheet, anchor, lines.stream().map(l -> List.of(run(l))).toList(), size, bold, colour);
    }

    XSLFTextBox boxOfRuns(XSLFSheet sheet, Rectangle2D anchor, List<List<Run>> paragraphs,
                          double size, boolean bold, String colour) {
        XSLFTextBox box = sheet.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.clearText();
        for (List<Run> runs : paragraphs) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            for (Run part : runs) {
                XSLFTextRun run = paragraph.addNewTextRun();
                run.setText(part.text());
                run.setFontSize(size);
                run.setBold(bold);
                run.setFontColor(DeckLook.awt(colour));
                tagRun(run, part.lang());
            }
            direct(paragraph);
        }
        return box;
    }

    /** Replaces a placeholder's text (the speaker notes) with these lines, tagged and directed likewise. */
    void fill(XSLFTextShape shape, List<String> lines) {
        shape.clearText();
        for (String line : lines) {
            XSLFTextParagraph paragraph = shape.addNewTextParagraph();
            // an address alone on its line is read as one, left to right, in any language
            tagRun(paragraph.addNewTextRun(), line.matches("https?://\\S+") ? tag("en") : tag());
            paragraph.getTextRuns().get(0).setText(line);
            direct(paragraph);
        }
    }

    private void direct(XSLFTextParagraph paragraph) {
        CTTextParagraphProperties properties = paragraph.getXmlObject().isSetPPr()
                ? paragraph.getXmlObject().getPPr() : paragraph.getXmlObject().addNewPPr();
        properties.setRtl(rightToLeft());
        paragraph.setTextAlign(rightToLeft() ? TextAlign.RIGHT : TextAlign.LEFT);
    }

    static void tagRun(XSLFTextRun run, String lang) {
        if (run.getXmlObject() instanceof org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun regular) {
            CTTextCharacterProperties properties = regular.isSetRPr() ? regular.getRPr() : regular.addNewRPr();
            properties.setLang(lang);
        }
    }
}
