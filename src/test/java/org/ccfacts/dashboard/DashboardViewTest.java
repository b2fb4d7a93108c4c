package org.ccfacts.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.ccfacts.chart.ApexChart;
import org.ccfacts.chart.ChartOptions;
import org.ccfacts.dataset.DatasetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

@SpringBootTest
class DashboardViewTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private DatasetService datasetService;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.ccfacts");
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void tradeChartReceivesEveryPublishedUsdYearFromTheDataset() {
        UI.getCurrent().navigate(DashboardView.class);

        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-trade-volume"));
        ChartOptions.Series main = chart.getOptions().series().get(0);
        List<ChartOptions.Point> drawn = main.data().stream().filter(p -> p.y() != null).toList();

        List<Object> expectedYears = datasetService.current().observationsOf("trade-goods").stream()
                .filter(o -> o.country().isEmpty() && "USD".equals(o.currency().orElse(""))
                        && o.period().kind() == org.ccfacts.dataset.Period.Kind.YEAR)
                .map(o -> (Object) o.period().year())
                .distinct()
                .toList();
        assertThat(drawn).extracting(ChartOptions.Point::x).containsExactlyElementsOf(expectedYears);
        assertThat(expectedYears).hasSize(5);
        assertThat(drawn).allSatisfy(p -> assertThat(p.source()).isNotBlank());
    }

    @Test
    void recordIsAnnotatedAtTheHighestPublishedValue() {
        UI.getCurrent().navigate(DashboardView.class);

        ChartOptions options = _get(ApexChart.class, spec -> spec.withId("chart-trade-volume")).getOptions();
        BigDecimal highest = options.series().get(0).data().stream()
                .map(ChartOptions.Point::y).filter(Objects::nonNull).map(BigDecimal.class::cast)
                .max(BigDecimal::compareTo).orElseThrow();
        ChartOptions.PointAnnotation record = options.annotations().points().get(0);
        assertThat(record.y()).isEqualTo(highest);
        assertThat(record.label().text()).contains("Record").contains(highest.toPlainString());
    }

    @Test
    void yearsWithoutAFigureBreakTheLineInsteadOfBeingInterpolated() {
        UI.getCurrent().navigate(DashboardView.class);

        List<ChartOptions.Point> data = _get(ApexChart.class, spec -> spec.withId("chart-trade-volume"))
                .getOptions().series().get(0).data();
        for (int i = 1; i < data.size(); i++) {
            ChartOptions.Point previous = data.get(i - 1);
            ChartOptions.Point point = data.get(i);
            if (previous.y() != null && point.y() != null) {
                assertThat((Integer) point.x()).as("consecutive drawn years are joined only when adjacent")
                        .isEqualTo((Integer) previous.x() + 1);
            }
        }
    }
}
