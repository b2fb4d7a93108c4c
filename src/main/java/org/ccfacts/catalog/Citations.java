package org.ccfacts.catalog;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Source;

/** How a source is cited in one line: "bne IntelliNews, 2024-02-04 (data: GACC)". */
public final class Citations {

    private Citations() {
    }

    public static String cite(Source source) {
        StringBuilder text = new StringBuilder(source.publisher());
        source.date().ifPresent(date -> text.append(", ").append(date));
        source.dataFrom().ifPresent(from -> text.append(" (data: ").append(from).append(')'));
        return text.toString();
    }

    public static String cite(Dataset dataset, String sourceId) {
        return dataset.source(sourceId).map(Citations::cite).orElse(sourceId);
    }
}
