package org.ccfacts.api;

import static org.ccfacts.csv.CsvWriter.number;
import static org.ccfacts.csv.CsvWriter.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ccfacts.csv.CsvWriter;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.LocalizedText;
import org.ccfacts.dataset.Measure;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Source;

/**
 * One measure's observations as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma,
 * quote or line break in double quotes), one row per published figure with its source beside it.
 *
 * <p>Written by {@link CsvWriter} (formula cells neutralised, values as published), UTF-8 without a
 * byte-order mark: this is the machine-readable API, read by programs rather than spreadsheets.
 */
final class MeasureCsv {

    static final List<String> HEADER = List.of("measure", "measure_name", "observation", "period", "country",
            "value", "qualifier", "currency", "scale", "source", "source_publisher", "source_title", "source_date",
            "source_language", "source_url", "source_data_from", "quote", "note");

    private static final String CRLF = "\r\n";

    private MeasureCsv() {
    }

    static String of(Dataset dataset, Measure measure) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (Observation o : dataset.observationsOf(measure.id())) {
            Optional<Source> source = dataset.source(o.source());
            List<String> cells = new ArrayList<>();
            cells.add(text(measure.id()));
            cells.add(text(measure.name().in(LocalizedText.FALLBACK)));
            cells.add(text(o.id()));
            cells.add(text(o.period().toString()));
            cells.add(text(o.country().orElse("")));
            // a number we parsed ourselves (digits and one point): no formula can hide in it
            cells.add(number(o.value()));
            cells.add(text(o.qualifier().code()));
            cells.add(text(o.currency().orElse("")));
            cells.add(text(o.scale().orElse("")));
            cells.add(text(o.source()));
            cells.add(text(source.map(Source::publisher).orElse("")));
            cells.add(text(source.flatMap(Source::title).orElse("")));
            cells.add(text(source.flatMap(Source::date).map(Object::toString).orElse("")));
            cells.add(text(source.flatMap(Source::language).orElse("")));
            cells.add(text(source.flatMap(Source::url).orElse("")));
            cells.add(text(source.flatMap(Source::dataFrom).orElse("")));
            cells.add(text(o.quote().orElse("")));
            cells.add(text(o.note().map(n -> n.in(LocalizedText.FALLBACK)).orElse("")));
            csv.row(cells);
        }
        return csv.toString();
    }
}
