package org.ccfacts.export;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The export-all deck: a 16:9 PPTX with one slide per chart: title, subtitle, the chart, and a footer with
 * the meaning notes, the source and the permalink, all real text boxes in the deck's language (right to left
 * in Arabic, see {@link DeckText}). Each chart with a native form is a native chart ({@link NativeChart});
 * the others (the timeline) are the picture the browser drew. The speaker notes carry the full citation,
 * so it survives when someone crops the footer away. Light or dark slides ({@link DeckLook}).
 */
public final class SlideDeck {

    /** 16:9 slide in points (13.33 × 7.5 in). */
    static final Dimension PAGE = new Dimension(960, 540);
    /** Where the chart goes, in points. */
    static final Rectangle2D IMAGE_AREA = new Rectangle2D.Double(36, 108, 888, 332);
    /** A picture chart is drawn at this size in CSS pixels for the deck (the image area's aspect)… */
    public static final int IMAGE_WIDTH = 1776;
    public static final int IMAGE_HEIGHT = 664;
    /** …at this scale, so the picture has about 290 dpi on the slide. */
    public static final int IMAGE_SCALE = 2;
    /** Space below the footer, in points. */
    private static final double MARGIN = 12;
    /** Above this many characters the footer is set at 8 points instead of 10. */
    private static final int FOOTER_CHARS_AT_10PT = 500;
    /** A deck image is refused above this size. */
    public static final int MAX_IMAGE_BYTES = 8 * 1024 * 1024;

    private SlideDeck() {
    }

    public static byte[] build(List<DeckSlide> slides, Locale locale, ExportTheme theme) {
        try (XMLSlideShow deck = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            deck.setPageSize(PAGE);
            for (DeckSlide content : slides) {
                addSlide(deck, content, locale, DeckLook.of(theme));
            }
            deck.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PPTX to memory failed", e);
        }
    }

    private static void addSlide(XMLSlideShow deck, DeckSlide content, Locale locale, DeckLook look) {
        ExportCaption caption = content.caption();
        DeckText text = new DeckText(locale.getLanguage());
        XSLFSlide slide = deck.createSlide();
        slide.getBackground().setFillColor(DeckLook.awt(look.background()));

        // a long title (Russian, Arabic) wraps: the subtitle and the chart move down instead of running under it
        double titleHeight = textHeight(List.of(List.of(text.run(caption.title()))), 28, BOLD_GLYPH);
        double subtitleHeight = textHeight(List.of(List.of(text.run(caption.subtitle()))), 14);
        text.box(slide, new Rectangle2D.Double(36, 18, 888, titleHeight), List.of(caption.title()), 28, true, look.text());
        text.box(slide, new Rectangle2D.Double(36, 18 + titleHeight, 888, subtitleHeight), List.of(caption.subtitle()), 14,
                false, look.muted());
        double chartTop = Math.max(IMAGE_AREA.getY(), 18 + titleHeight + subtitleHeight + 4);

        // a long footer (a chart citing a dozen sources) takes room from the chart, never runs off the slide
        List<List<DeckText.Run>> footer = footer(content, text);
        double footerSize = footerChars(footer) > FOOTER_CHARS_AT_10PT ? 8 : 10;
        double footerHeight = textHeight(footer, footerSize);
        Rectangle2D chartArea = new Rectangle2D.Double(IMAGE_AREA.getX(), chartTop, IMAGE_AREA.getWidth(),
                Math.min(IMAGE_AREA.getHeight(), PAGE.height - MARGIN - footerHeight - 6 - chartTop));
        content.chart().ifPresent(chart -> new NativeChart(chart, locale, look).draw(deck, slide, chartArea));
        content.image().ifPresent(image -> {
            Rectangle2D area = fit(image.width(), image.height(), chartArea);
            if (!look.panel().equals(look.background())) {
                // the picture is drawn light: on a dark slide it sits on its own light panel
                XSLFAutoShape panel = slide.createAutoShape();
                panel.setAnchor(area);
                panel.setFillColor(DeckLook.awt(look.panel()));
            }
            XSLFPictureData picture = deck.addPicture(image.bytes(), PictureData.PictureType.PNG);
            XSLFPictureShape shape = slide.createPicture(picture);
            shape.setAnchor(area);
        });

        text.boxOfRuns(slide, new Rectangle2D.Double(36, PAGE.height - MARGIN - footerHeight, 888, footerHeight), footer,
                footerSize, false, look.muted());

        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFTextShape placeholder : notes.getPlaceholders()) {
            if (placeholder.getTextType() == Placeholder.BODY) {
                text.fill(placeholder, content.speakerNotes());
                break;
            }
        }
    }

    /**
     * The footer, one paragraph per line; the permalink is its own run in {@code en-US}, so in an Arabic footer
     * the address keeps its order and the date follows it on the reading side.
     */
    private static List<List<DeckText.Run>> footer(DeckSlide content, DeckText text) {
        ExportCaption caption = content.caption();
        List<List<DeckText.Run>> lines = new ArrayList<>();
        caption.notes().forEach(note -> lines.add(List.of(text.run(note))));
        lines.add(List.of(text.run(caption.source())));
        lines.add(List.of(new DeckText.Run(caption.permalink(), DeckText.tag("en")), text.run(" · " + caption.exportedOn())));
        return lines;
    }

    private static int footerChars(List<List<DeckText.Run>> footer) {
        return footer.stream().flatMap(List::stream).mapToInt(r -> r.text().length()).sum();
    }

    /**
     * About how tall a text box of these paragraphs is: lines of text at {@code size} points on the slide's width, at an average
     * glyph width of 0.55 of the size (enough for bold Latin and Cyrillic; a CJK glyph is full width,
     * so it counts twice).
     */
    static double textHeight(List<List<DeckText.Run>> footer, double size) {
        return textHeight(footer, size, 0.55);
    }

    /**
     * The title's average glyph width: 0.55 of the size let the Russian investment title (57 letters, bold) be
     * counted as one line, and LibreOffice wrapped it over the subtitle; bold Cyrillic and the words a line
     * cannot split need more.
     */
    static final double BOLD_GLYPH = 0.65;

    /** The same at an average glyph width of {@code glyph} times the size. */
    static double textHeight(List<List<DeckText.Run>> footer, double size, double glyph) {
        double perLine = 888 / (size * glyph);
        int lines = 0;
        for (List<DeckText.Run> paragraph : footer) {
            int width = paragraph.stream().mapToInt(r -> r.text().codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum()).sum();
            lines += Math.max(1, (int) Math.ceil(width / perLine));
        }
        return lines * size * 1.25 + 10;
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
