package org.ccfacts.chart;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Named number formats, implemented in {@code src/main/frontend/apex-chart/formats.ts}. Options name a preset instead
 * of carrying code, so nothing is ever eval'ed and a strict Content-Security-Policy holds.
 */
public enum Format {
    /** "US$94.8 bn", "> US$30 bn", "≈ US$43.48 bn": reads currency and qualifier from the data point. */
    MONEY("money"),
    PERCENT("percent"),
    YEAR("year"),
    NUMBER("number"),
    /**
     * A money axis's ticks, the axis title naming the unit: billions as plain numbers, and in Chinese in
     * 亿 (×10, an exact decimal shift), the unit the cards and tooltips use ("948亿美元").
     */
    BILLIONS("billions"),
    DATE("date"),
    TEXT("text"),
    /** The data point's own short {@code label} (e.g. "2027 (scheduled)"). */
    LABEL("label"),
    /** The data point's own {@code detail} (e.g. a timeline event's date, title and place), escaped like all text. */
    DETAIL("detail"),
    /**
     * A row axis whose rows are points (the timeline: one event per row): the texts of the point drawn on
     * that row, its {@code detail} after the first " · " part, one part per line and long parts wrapped
     * ("First China–Central Asia Summit", "Xi'an, China"), so the row says what it is.
     */
    ROW("row"),
    /**
     * {@link #ROW} on a slide: lines as wide as the axis's {@code maxWidth}, measured in the labels' font (at
     * 24 px a line of fixed columns was wider than the axis allowed and was cut with "…").
     */
    ROW_FIT("rowFit"),
    /**
     * Only the point's qualifier mark, beside it: "≈" for an approximate figure, ">" for a lower bound, in
     * every language (a word would collide with the neighbouring dots), nothing for an exact one: what an
     * export's note about those marks refers to.
     */
    MARK("mark");

    private final String preset;

    Format(String preset) {
        this.preset = preset;
    }

    @JsonValue
    public String preset() {
        return preset;
    }
}
