package org.ccfacts.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Every chart of the product, in presentation order: the one list a new chart is added to. */
@Component
public class ChartCatalog {

    private final List<ChartDefinition> charts;

    public ChartCatalog() {
        this(List.of(new TradeVolumeChart(), new TradeEveryFigureChart(), new TradeByCountryYearsChart(),
                new CustomsAndPartnersChart(), new ExportsImportsChart(), new TradeByCountryChart(), new InvestmentChart(),
                new PollsChart(), new RoadTransportChart(), new SummitTimelineChart()));
    }

    /** A catalog of other charts: for tests. Ids must differ, as they are addresses ({@code /chart/{id}}). */
    public ChartCatalog(List<ChartDefinition> charts) {
        List<String> repeated = charts.stream().collect(Collectors.groupingBy(ChartDefinition::id, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey).sorted().toList();
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("chart ids must differ; used more than once: " + repeated);
        }
        this.charts = List.copyOf(charts);
    }

    public List<ChartDefinition> all() {
        return charts;
    }

    public Optional<ChartDefinition> byId(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
