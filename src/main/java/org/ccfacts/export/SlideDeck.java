package org.ccfacts.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The export-all deck: a 16:9 PPTX with one slide per chart: title, subtitle, the chart image, and a
 * footer with the meaning notes, the source and the permalink; the same citation goes into the speaker
 * notes, so it survives when someone crops the footer away. The text stays editable; the image does not
 * carry the caption a second time.
 */
public final class SlideDeck {

    /** 16:9 slide in points (13.33 × 7.5 in). */
    static final Dimension PAGE = new Dimension(960, 540);
    /** Where the chart image goes, in points. */
    static final Rectangle2D IMAGE_AREA = new Rectangle2D.Double(36, 108, 888, 332);
    /** The chart is drawn at this size in CSS pixels for the deck (the image area's aspect)… */
    public static final int IMAGE_WIDTH = 1776;
    public static final int IMAGE_HEIGHT = 664;
    /** …at this scale, so the picture has about 290 dpi on the slide. */
    public static final int IMAGE_SCALE = 2;
    /** A deck image is refused above this size. */
    public static final int MAX_IMAGE_BYTES = 8 * 1024 * 1024;

    private SlideDeck() {
    }

    public static byte[] build(List<DeckSlide> slides) {
        try (XMLSlideShow deck = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            deck.setPageSize(PAGE);
            for (DeckSlide content : slides) {
                addSlide(deck, content);
            }
            deck.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PPTX to memory failed", e);
        }
    }

    private static void addSlide(XMLSlideShow deck, DeckSlide content) {
        ExportCaption caption = content.caption();
        XSLFSlide slide = deck.createSlide();

        text(slide, new Rectangle2D.Double(36, 18, 888, 46), List.of(caption.title()), 28, true, Color.BLACK);
        text(slide, new Rectangle2D.Double(36, 62, 888, 42), List.of(caption.subtitle()), 14, false,
                new Color(0x44, 0x44, 0x44));

        XSLFPictureData picture = deck.addPicture(content.image().bytes(), PictureData.PictureType.PNG);
        XSLFPictureShape shape = slide.createPicture(picture);
        shape.setAnchor(fit(content.image().width(), content.image().height(), IMAGE_AREA));

        List<String> citation = content.citationLines();
        text(slide, new Rectangle2D.Double(36, 446, 888, 86), citation, 10, false, new Color(0x33, 0x33, 0x33));

        XSLFNotes notes = deck.getNotesSlide(slide);
        String noteText = caption.title() + "\n" + caption.subtitle() + "\n" + String.join("\n", citation);
        for (XSLFTextShape placeholder : notes.getPlaceholders()) {
            if (placeholder.getTextType() == Placeholder.BODY) {
                placeholder.setText(noteText);
                break;
            }
        }
    }

    private static void text(XSLFSlide slide, Rectangle2D anchor, List<String> lines, double size, boolean bold,
                             Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.clearText();
        for (String line : lines) {
            XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
            run.setText(line);
            run.setFontSize(size);
            run.setBold(bold);
            run.setFontColor(color);
        }
    }

    /** The largest rectangle of the image's aspect inside {@code area}, centred. */
    static Rectangle2D fit(int width, int height, Rectangle2D area) {
        double scale = Math.min(area.getWidth() / width, area.getHeight() / height);
        double w = width * scale;
        double h = height * scale;
        return new Rectangle2D.Double(area.getX() + (area.getWidth() - w) / 2,
                area.getY() + (area.getHeight() - h) / 2, w, h);
    }
}
