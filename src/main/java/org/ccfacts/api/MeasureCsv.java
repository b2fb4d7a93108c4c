package org.ccfacts.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.LocalizedText;
import org.ccfacts.dataset.Measure;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Source;

/**
 * One measure's observations as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma,
 * quote or line break in double quotes), one row per published figure with its source beside it.
 *
 * <p>Text from the data is never trusted by a spreadsheet: a cell starting with {@code = + - @}, a tab
 * or a carriage return would be run as a formula by Excel or LibreOffice, so such a cell gets a leading
 * apostrophe (OWASP's advice), which shows the text as it is. Values are written as published, with a
 * decimal point and no thousands separator.
 */
final class MeasureCsv {

    static final List<String> HEADER = List.of("measure", "measure_name", "observation", "period", "country",
            "value", "qualifier", "currency", "scale", "source", "source_publisher", "source_title", "source_date",
            "source_language", "source_url", "source_data_from", "quote", "note");

    private static final String CRLF = "\r\n";

    private MeasureCsv() {
    }

    static String of(Dataset dataset, Measure measure) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (Observation o : dataset.observationsOf(measure.id())) {
            Optional<Source> source = dataset.source(o.source());
            List<String> cells = new ArrayList<>();
            cells.add(text(measure.id()));
            cells.add(text(measure.name().in(LocalizedText.FALLBACK)));
            cells.add(text(o.id()));
            cells.add(text(o.period().toString()));
            cells.add(text(o.country().orElse("")));
            // a number we parsed ourselves (digits and one point): no formula can hide in it
            cells.add(o.value().toPlainString());
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
            row(csv, cells);
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append(CRLF);
    }

    /** A text cell, neutralised so that no spreadsheet runs it as a formula. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
