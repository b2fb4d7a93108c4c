package org.ccfacts.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.dataset.DatasetService;

/**
 * Writes decks of the real {@code data/} in every language and theme into a folder, to open in a
 * presentation program or convert with LibreOffice ({@code bench/deck-check.sh}); not a test. The
 * timeline's picture is a blank of the right size: the browser draws it in the app.
 */
public final class DeckSamples {

    private DeckSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/deck-samples");
        Files.createDirectories(folder);
        ChartCatalog catalog = new ChartCatalog();
        DatasetService datasets = TestData.datasetService();
        DeckExport export = new DeckExport(catalog, new ExportCaptions(datasets, TestData.CLOCK), datasets);
        List<String> ids = catalog.all().stream().map(ChartDefinition::id).toList();
        String picture = "data:image/png;base64," + Base64.getEncoder().encodeToString(
                TestData.png(SlideDeck.IMAGE_WIDTH * SlideDeck.IMAGE_SCALE, SlideDeck.IMAGE_HEIGHT * SlideDeck.IMAGE_SCALE));
        for (String language : List.of("en", "ar", "zh", "ru")) {
            Locale locale = Locale.forLanguageTag(language);
            int pictures = export.pictureCharts(catalog.all(), locale).size();
            for (ExportTheme theme : ExportTheme.values()) {
                byte[] deck = export.build(ids, java.util.Collections.nCopies(pictures, picture), locale,
                        "https://facts.example.org/", theme);
                Files.write(folder.resolve("deck_" + language + "_" + theme.code() + ".pptx"), deck);
            }
        }
    }
}
