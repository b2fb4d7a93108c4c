package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PngCheckTest {

    private static final int MIB = 1024 * 1024;

    @Test
    void acceptsAPngOfTheExpectedSize() {
        PngCheck.CheckedPng png = PngCheck.fromDataUrl(
                "data:image/png;base64," + Base64.getEncoder().encodeToString(TestData.png(40, 30)), MIB, 40, 30);
        assertThat(png.width()).isEqualTo(40);
        assertThat(png.height()).isEqualTo(30);
    }

    @Test
    void refusesOtherDimensions() {
        assertThatThrownBy(() -> PngCheck.check(TestData.png(40, 30), MIB, 41, 30))
                .isInstanceOf(InvalidExportException.class).hasMessageContaining("40 × 30");
    }

    @Test
    void refusesWhatIsNotAPng() {
        byte[] jpegLike = new byte[100];
        jpegLike[0] = (byte) 0xFF;
        jpegLike[1] = (byte) 0xD8;
        assertThatThrownBy(() -> PngCheck.check(jpegLike, MIB, 1, 1)).hasMessageContaining("not a PNG");
        assertThatThrownBy(() -> PngCheck.fromDataUrl("data:image/svg+xml;base64,PHN2Zz4=", MIB, 1, 1))
                .hasMessageContaining("did not send a PNG");
        assertThatThrownBy(() -> PngCheck.fromDataUrl("data:image/png;base64,***", MIB, 1, 1))
                .hasMessageContaining("base64");
    }

    @Test
    void refusesTooLargeBeforeDecoding() {
        byte[] png = TestData.png(40, 30);
        assertThatThrownBy(() -> PngCheck.check(png, png.length - 1, 40, 30)).hasMessageContaining("larger than");
        String huge = "data:image/png;base64," + "A".repeat(2 * MIB);
        assertThatThrownBy(() -> PngCheck.fromDataUrl(huge, MIB, 40, 30)).hasMessageContaining("larger than");
    }

    @Test
    void refusesAHeaderClaimingAbsurdDimensionsWithoutDecodingIt() {
        byte[] png = TestData.png(40, 30);
        byte[] bomb = Arrays.copyOf(png, png.length);
        ByteBuffer.wrap(bomb, 16, 8).putInt(100_000).putInt(100_000);
        assertThatThrownBy(() -> PngCheck.check(bomb, MIB, 40, 30)).hasMessageContaining("100000 × 100000");
    }

    @Test
    void refusesATruncatedOrCorruptPng() {
        byte[] png = TestData.png(40, 30);
        byte[] corrupt = Arrays.copyOf(png, 40);
        assertThatThrownBy(() -> PngCheck.check(corrupt, MIB, 40, 30)).hasMessageContaining("cannot be decoded");
        byte[] noHeader = Arrays.copyOf(png, png.length);
        System.arraycopy("JUNK".getBytes(StandardCharsets.US_ASCII), 0, noHeader, 12, 4);
        assertThatThrownBy(() -> PngCheck.check(noHeader, MIB, 40, 30)).hasMessageContaining("no valid header");
    }
}
