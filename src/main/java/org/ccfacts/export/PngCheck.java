package org.ccfacts.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

/**
 * Checks an image the browser sent before it goes anywhere near a file: size limit first, then the PNG
 * signature, then the dimensions from the header (so a "decompression bomb" is refused before it is
 * decoded), then a full decode.
 */
public final class PngCheck {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String DATA_URL_PREFIX = "data:image/png;base64,";

    private PngCheck() {
    }

    /** A PNG that passed every check. */
    public record CheckedPng(byte[] bytes, int width, int height) {
    }

    /** Decodes a {@code data:image/png;base64,…} URL and checks it. */
    public static CheckedPng fromDataUrl(String dataUrl, int maxBytes, int expectedWidth, int expectedHeight) {
        if (dataUrl == null || !dataUrl.startsWith(DATA_URL_PREFIX)) {
            throw new InvalidExportException("export.refused.png-missing");
        }
        // base64 is 4 characters per 3 bytes: refuse oversized text before decoding it
        long encodedLimit = (maxBytes + 2L) / 3 * 4;
        if (dataUrl.length() - DATA_URL_PREFIX.length() > encodedLimit) {
            throw new InvalidExportException("export.refused.png-too-large", Integer.toString(maxBytes / (1024 * 1024)));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(dataUrl.substring(DATA_URL_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidExportException("export.refused.png-base64");
        }
        return check(bytes, maxBytes, expectedWidth, expectedHeight);
    }

    public static CheckedPng check(byte[] bytes, int maxBytes, int expectedWidth, int expectedHeight) {
        if (bytes.length > maxBytes) {
            throw new InvalidExportException("export.refused.png-too-large", Integer.toString(maxBytes / (1024 * 1024)));
        }
        if (bytes.length < 33 || !Arrays.equals(Arrays.copyOf(bytes, 8), SIGNATURE)) {
            throw new InvalidExportException("export.refused.png-not-png");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, 8, 25);
        int chunkLength = header.getInt();
        byte[] type = new byte[4];
        header.get(type);
        if (chunkLength != 13 || !"IHDR".equals(new String(type, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new InvalidExportException("export.refused.png-header");
        }
        int width = header.getInt();
        int height = header.getInt();
        if (width != expectedWidth || height != expectedHeight) {
            throw new InvalidExportException("export.refused.png-size", Integer.toString(width), Integer.toString(height),
                    Integer.toString(expectedWidth), Integer.toString(expectedHeight));
        }
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new InvalidExportException("export.refused.png-decode");
        }
        if (decoded == null || decoded.getWidth() != width || decoded.getHeight() != height) {
            throw new InvalidExportException("export.refused.png-decode");
        }
        return new CheckedPng(bytes, width, height);
    }
}
