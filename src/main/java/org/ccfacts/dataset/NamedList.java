package org.ccfacts.dataset;

import java.util.List;

/** A named list from the sources (the five countries, the six priority areas, …), in published order. */
public record NamedList(String id, LocalizedText title, String source, List<Item> items, int line) {

    public NamedList {
        items = List.copyOf(items);
    }

    public record Item(String id, LocalizedText label) {
    }
}
