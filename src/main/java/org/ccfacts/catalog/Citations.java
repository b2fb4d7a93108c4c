package org.ccfacts.catalog;

import java.util.Locale;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Source;
import org.ccfacts.i18n.BundleTranslations;

/**
 * How a source is cited in one line: "bne IntelliNews, 2024-02-04 (data: GACC)". The publisher and the
 * statistics office are names and stay as published; the word for "data" is in the reader's language.
 */
public final class Citations {

    private Citations() {
    }

    public static String cite(Source source, Locale locale) {
        StringBuilder text = new StringBuilder(source.publisher());
        source.date().ifPresent(date -> text.append(", ").append(date));
        source.dataFrom().ifPresent(from -> text.append(BundleTranslations.get(locale, "citation.data-from", from)));
        return text.toString();
    }

    public static String cite(Dataset dataset, String sourceId, Locale locale) {
        return dataset.source(sourceId).map(source -> cite(source, locale)).orElse(sourceId);
    }
}
