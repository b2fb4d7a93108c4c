package org.ccfacts.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ccfacts.export.DeckChart.DeckSeries;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;

/**
 * How a native chart's figures say what they are, in the language: category names with "(more than)" or
 * "(≈)", and the number formats of labels and cells that keep the qualifier's word around a value that stays
 * a number ({@code "more than "General}), the per cent sign of a share, or the figure as published where the
 * axis shows it in another scale.
 */
final class DeckLabels {

    private final DeckChart chart;
    private final Locale locale;

    DeckLabels(DeckChart chart, Locale locale) {
        this.chart = chart;
        this.locale = locale;
    }

    /**
     * The category names as the axis and the sheet show them: with "(more than)" or "(≈)" where every figure
     * of the category has that qualifier (an investment bound, an approximate year).
     */
    List<String> categoryNames() {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < chart.categories().size(); c++) {
            int index = c;
            List<String> qualifiers = chart.series().stream().filter(s -> s.values().get(index) != null)
                    .map(s -> s.qualifiers().get(index)).distinct().toList();
            String name = chart.categories().get(c);
            if (qualifiers.size() == 1 && isMarked(qualifiers.get(0))) {
                String key = Qualifier.LOWER_BOUND.code().equals(qualifiers.get(0))
                        ? "deck.category.lower-bound" : "deck.category.approximate";
                name = BundleTranslations.get(locale, key, name);
            }
            names.add(name);
        }
        return names;
    }

    static boolean isMarked(String qualifier) {
        return "lower-bound".equals(qualifier) || "approximate".equals(qualifier);
    }

    /**
     * The number format of a figure's label and cell: the qualifier's word around the number ("more than"
     * General), or the figure as published where the axis shows it in another scale; null for a plain number.
     */
    String formatCode(DeckSeries series, int index) {
        String qualifier = series.qualifiers().get(index);
        String published = series.published().get(index);
        String number = published == null ? plainNumber() : quoted(published);
        if (!isMarked(qualifier)) {
            return published == null ? null : number;
        }
        String key = Qualifier.LOWER_BOUND.code().equals(qualifier) ? "deck.label.lower-bound" : "deck.label.approximate";
        String pattern = BundleTranslations.get(locale, key, "\u0000");
        int at = pattern.indexOf('\u0000');
        return quoted(pattern.substring(0, at)) + number + quoted(pattern.substring(at + 1));
    }

    /**
     * A figure's own number format: a share with its per cent sign as the language writes it ("92.4 %",
     * "92.4%"), taken from {@link FigureFormat}; anything else as the number.
     */
    String plainNumber() {
        if (!"%".equals(chart.unit())) {
            return "General";
        }
        String one = new FigureFormat(locale).percent(java.math.BigDecimal.ONE);
        int at = one.indexOf('1');
        return quoted(one.substring(0, at)) + "General" + quoted(one.substring(at + 1));
    }

    private static String quoted(String literal) {
        return literal.isEmpty() ? "" : "\"" + literal.replace("\"", "'") + "\"";
    }
}
