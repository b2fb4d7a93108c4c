package org.ccfacts.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every chart of the product, in presentation order. */
@Component
public class ChartCatalog {

    private final List<ChartDefinition> charts;

    public ChartCatalog() {
        this.charts = List.of(new TradeVolumeChart(), new TradeByCountryChart(), new InvestmentChart(),
                new PollsChart(), new RoadTransportChart(), new SummitTimelineChart());
    }

    public List<ChartDefinition> all() {
        return charts;
    }

    public Optional<ChartDefinition> byId(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
