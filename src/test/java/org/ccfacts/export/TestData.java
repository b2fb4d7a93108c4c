package org.ccfacts.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.imageio.ImageIO;

import org.ccfacts.dataset.DatasetProperties;
import org.ccfacts.dataset.DatasetService;

/** The real dataset of {@code data/} and small generated PNGs, for the export unit tests. */
final class TestData {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:15:00Z"), ZoneOffset.UTC);

    private TestData() {
    }

    static DatasetService datasetService() {
        return new DatasetService(new DatasetProperties(Path.of("data")), CLOCK);
    }

    static byte[] png(int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
