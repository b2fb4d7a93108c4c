package org.ccfacts.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One image export: format, canvas, scale and colours. Built only through {@link #of} or {@link #parse},
 * so an impossible request (scale 9, a 40000-pixel canvas, an unknown format) never reaches the browser.
 */
public record ExportRequest(ExportFormat format, SlidePreset preset, int scale, ExportTheme theme) {

    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;

    public ExportRequest {
        if (format == null || preset == null || theme == null) {
            throw new InvalidExportException("export.refused.required");
        }
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new InvalidExportException("export.refused.scale", Integer.toString(scale));
        }
    }

    public static ExportRequest of(ExportFormat format, SlidePreset preset, int scale, ExportTheme theme) {
        return new ExportRequest(format, preset, scale, theme);
    }

    /** Reads the request from URL parameters; null means "use the default". */
    public static ExportRequest parse(String format, String preset, String scale, String theme) {
        ExportFormat f = format == null ? ExportFormat.PNG : ExportFormat.fromExtension(format)
                .orElseThrow(() -> new InvalidExportException("export.refused.format", shorten(format),
                        Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).collect(Collectors.joining(", "))));
        SlidePreset p = preset == null ? SlidePreset.CHART : SlidePreset.fromCode(preset)
                .orElseThrow(() -> new InvalidExportException("export.refused.size", shorten(preset),
                        Arrays.stream(SlidePreset.values()).map(SlidePreset::code).collect(Collectors.joining(", "))));
        int s = scale == null ? 1 : parseScale(scale);
        ExportTheme t = theme == null ? ExportTheme.LIGHT : ExportTheme.fromCode(theme)
                .orElseThrow(() -> new InvalidExportException("export.refused.colours", shorten(theme)));
        return new ExportRequest(f, p, s, t);
    }

    /** Width of the PNG in pixels: the canvas times the scale, exactly. */
    public int pixelWidth() {
        return preset.width() * scale;
    }

    public int pixelHeight() {
        return preset.height() * scale;
    }

    private static int parseScale(String scale) {
        if (!scale.matches("\\d{1,2}")) {
            throw new InvalidExportException("export.refused.scale-number", shorten(scale));
        }
        return Integer.parseInt(scale);
    }

    /** Echo at most a little of what was typed: the message is for a person, not a mirror for payloads. */
    static String shorten(String text) {
        String visible = text.replaceAll("[^\\p{L}\\p{N} ._-]", "?");
        return visible.length() > 24 ? visible.substring(0, 24) + "…" : visible;
    }
}
