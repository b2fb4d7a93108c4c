package org.ccfacts.a11y;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccfacts.catalog.ChartRow;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.Language;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * A chart in words, for screen readers ({@code aria-description}) and as the alt text of its export.
 * It says only what the rows say: per series the number of figures, the first and the last as drawn,
 * and the highest, each written by {@link FigureFormat} with its qualifier; then the sources. It never
 * computes a change, a rate or a trend the sources did not publish.
 */
@Component
public class ChartSummary {

    private final I18NProvider translations;

    public ChartSummary(I18NProvider translations) {
        this.translations = translations;
    }

    public String describe(List<ChartRow> rows, Locale locale) {
        if (rows.isEmpty()) {
            return translations.getTranslation("summary.empty", locale);
        }
        FigureFormat format = new FigureFormat(locale);
        Map<String, List<ChartRow>> bySeries = new LinkedHashMap<>();
        rows.forEach(row -> bySeries.computeIfAbsent(row.series(), s -> new ArrayList<>()).add(row));

        List<String> sentences = new ArrayList<>();
        bySeries.forEach((series, seriesRows) -> {
            ChartRow first = seriesRows.get(0);
            ChartRow last = seriesRows.get(seriesRows.size() - 1);
            if (seriesRows.stream().noneMatch(ChartRow::hasValue)) {
                // dated entries without figures, e.g. the summit timeline
                sentences.add(translations.getTranslation("summary.series.entries", locale, series,
                        String.valueOf(seriesRows.size()), first.label(), last.label()));
                return;
            }
            if (seriesRows.size() == 1) {
                sentences.add(translations.getTranslation("summary.series.one", locale, series, figure(format, first), first.label()));
                return;
            }
            ChartRow highest = seriesRows.stream().filter(ChartRow::hasValue)
                    .max(Comparator.comparing(ChartRow::comparable)).orElseThrow();
            sentences.add(translations.getTranslation("summary.series.many", locale, series, String.valueOf(seriesRows.size()),
                    figure(format, first), first.label(), figure(format, last), last.label(),
                    figure(format, highest), highest.label()));
        });
        List<String> sources = ChartRow.citations(rows);
        sentences.add(translations.getTranslation("summary.sources", locale, String.join(separator(locale), sources)));
        return String.join(" ", sentences);
    }

    static String figure(FigureFormat format, ChartRow row) {
        if (!row.hasValue()) {
            return "—";
        }
        return format.figure(row.value(), row.unit(), Qualifier.fromCode(row.qualifier()).orElse(Qualifier.EXACT));
    }

    /** How a list of sources is separated: the Arabic and Chinese semicolons differ from the Latin one. */
    private static String separator(Locale locale) {
        return switch (Language.orFallback(locale)) {
            case AR -> "؛ ";
            case ZH -> "；";
            default -> "; ";
        };
    }
}
