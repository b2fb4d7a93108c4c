package org.ccfacts.a11y;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ccfacts.catalog.ChartRow;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.Language;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * A chart in words, for screen readers (the chart's {@code aria-describedby}) and as the alt text of its export.
 * It says only what the rows say: per series the number of figures, the first and the last as drawn,
 * the highest and the lowest, each written by {@link FigureFormat} with its qualifier; whether the last
 * figure is above or below the first (a direction in words, never a computed change or rate); the years
 * without a published figure ("no published figure 1993–2011"); then the sources.
 */
@Component
public class ChartSummary {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

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
            // extremes among the figures in the first figure's currency, millions and billions compared as amounts
            List<ChartRow> comparable = comparableWith(seriesRows);
            ChartRow highest = comparable.stream().max(Comparator.comparing(ChartSummary::amount)).orElseThrow();
            ChartRow lowest = comparable.stream().min(Comparator.comparing(ChartSummary::amount)).orElseThrow();
            sentences.add(translations.getTranslation("summary.series.many", locale, series, String.valueOf(seriesRows.size()),
                    figure(format, first), first.label(), figure(format, last), last.label(),
                    figure(format, highest), highest.label()));
            sentences.add(translations.getTranslation("summary.lowest", locale, figure(format, lowest), lowest.label()));
            // figures of the series in another currency are never compared with these: their own extremes
            seriesRows.stream().filter(ChartRow::hasValue).map(ChartSummary::currency).distinct()
                    .filter(other -> !other.equals(currency(comparable.get(0)))).forEach(other -> {
                        List<ChartRow> inOther = seriesRows.stream().filter(ChartRow::hasValue)
                                .filter(r -> currency(r).equals(other)).toList();
                        ChartRow high = inOther.stream().max(Comparator.comparing(ChartSummary::amount)).orElseThrow();
                        ChartRow low = inOther.stream().min(Comparator.comparing(ChartSummary::amount)).orElseThrow();
                        sentences.add(translations.getTranslation("summary.extremes", locale, figure(format, high), high.label(),
                                figure(format, low), low.label()));
                    });
            trend(first, last).ifPresent(key -> sentences.add(translations.getTranslation(key, locale)));
            List<String> gaps = yearGaps(seriesRows);
            if (!gaps.isEmpty()) {
                sentences.add(translations.getTranslation("summary.gaps", locale, String.join(separator(locale), gaps)));
            }
        });
        List<String> sources = ChartRow.citations(rows);
        sentences.add(translations.getTranslation("summary.sources", locale, String.join(separator(locale), sources)));
        return String.join(" ", sentences);
    }

    /**
     * The direction from the first figure to the last, in words; none when either is not a figure or they are
     * not comparable (another unit). Said of the drawn figures only: no rate, no change is computed or shown.
     */
    static Optional<String> trend(ChartRow first, ChartRow last) {
        if (!first.hasValue() || !last.hasValue() || !currency(first).equals(currency(last))) {
            return Optional.empty();
        }
        int direction = amount(last).compareTo(amount(first));
        return Optional.of(direction > 0 ? "summary.trend.rise" : direction < 0 ? "summary.trend.fall" : "summary.trend.same");
    }

    /** The figures of a series that can be compared with its first figure: the same currency or unit. */
    private static List<ChartRow> comparableWith(List<ChartRow> rows) {
        List<ChartRow> figures = rows.stream().filter(ChartRow::hasValue).toList();
        String currency = currency(figures.get(0));
        return figures.stream().filter(r -> currency(r).equals(currency)).toList();
    }

    /** "USD" of "USD bn", "%" of "%". */
    private static String currency(ChartRow row) {
        return row.unit().split(" ")[0];
    }

    /**
     * A figure's size for comparing only: one published in millions ("USD mn", US$460 mn) is a thousandth of
     * the billions it is compared with. Never shown: the summary writes every figure as published.
     */
    static BigDecimal amount(ChartRow row) {
        return row.unit().endsWith(" mn") ? row.value().movePointLeft(3) : row.value();
    }

    /**
     * The years between a series' first and last year that have no row: "1993–2011", "2014". Only for series
     * whose labels are all years (a country or a question has no "between").
     */
    static List<String> yearGaps(List<ChartRow> rows) {
        if (rows.size() < 2 || !rows.stream().allMatch(r -> YEAR.matcher(r.label()).matches())) {
            return List.of();
        }
        TreeSet<Integer> years = rows.stream().map(r -> Integer.parseInt(r.label()))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> gaps = new ArrayList<>();
        Integer previous = null;
        for (int year : years) {
            if (previous != null && year > previous + 1) {
                int from = previous + 1;
                int to = year - 1;
                gaps.add(from == to ? String.valueOf(from) : from + "–" + to);
            }
            previous = year;
        }
        return gaps;
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
