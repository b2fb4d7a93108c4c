package org.ccfacts.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.changes.WhatChangedView;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.TestFolders;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.frame.MainLayout;
import org.ccfacts.history.DatasetHistory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

/**
 * Readers see the history of three versions: the What-changed page newest first with figures before and after, the
 * dashboard as it was ({@code ?version=}, read-only, with its banner), a "revised on" mark and the figure's history in
 * its source panel.
 */
@SpringBootTest
@DirtiesContext
class DashboardHistoryViewTest {

    /** The fixture's trade headline figure, the one the versions revise (checked in threeVersions). */
    private static final String TRADE = "trade-2024-usd";

    @TempDir
    static Path folder;
    @TempDir
    static Path journal;

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private DatasetService datasetService;
    @Autowired
    private DatasetHistory history;

    private final FigureFormat format = new FigureFormat(Locale.ENGLISH);
    private static final String POLL = "poll-bri";

    @BeforeAll
    static void copyFixture() throws IOException {
        routes = new Routes().autoDiscoverViews("org.ccfacts");
        TestFolders.copyFiles(Path.of("src/test/resources/datasets/dashboard"), folder);
    }

    @DynamicPropertySource
    static void useTheCopy(DynamicPropertyRegistry registry) {
        registry.add("ccfacts.data.folder", () -> folder.toString());
        registry.add("ccfacts.data.watch", () -> "false");
        registry.add("ccfacts.history.folder", () -> journal.toString());
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Three versions: the fixture, then the 2024 trade figure revised, then the poll's share revised. */
    private List<String> threeVersions() throws IOException {
        if (history.versions().size() == 3) {
            return history.versions().stream().map(Dataset::version).toList();
        }
        assertThat(TradeVolumeChart.headline(datasetService.current()).orElseThrow().id()).isEqualTo(TRADE);
        edit("observations.yaml", "value: 97.25", "value: 98.1");
        editFirst("observations.yaml", "بلغ 97.25", "بلغ 98.1"); // its quote: the reader refuses a value its sentence does not state
        datasetService.reload();
        edit("polls.yaml", "share: 88.8", "share: 89.1");
        datasetService.reload();
        assertThat(history.versions()).hasSize(3);
        return history.versions().stream().map(Dataset::version).toList();
    }

    @Test
    void whatChangedListsTheRevisionsNewestFirstWithTheFiguresBeforeAndAfter() throws IOException {
        List<String> versions = threeVersions();
        UI.getCurrent().navigate(WhatChangedView.class);

        List<String> shown = _find(Section.class, spec -> spec.withClasses("cc-revision")).stream()
                .map(s -> s.getId().orElseThrow()).toList();
        assertThat(shown).containsExactly("revision-" + versions.get(2), "revision-" + versions.get(1));

        ListItem trade = _get(ListItem.class, spec -> spec.withId("change-" + versions.get(1) + "-observation-" + TRADE));
        String text = trade.getElement().getOuterHTML();
        assertThat(text).contains(format.value(history.version(versions.get(0)).orElseThrow().observation(TRADE).orElseThrow()))
                .contains(format.value(datasetService.current().observation(TRADE).orElseThrow()))
                .contains("Value");
        ListItem poll = _get(ListItem.class, spec -> spec.withId("change-" + versions.get(2) + "-poll-" + POLL));
        assertThat(poll.getElement().getOuterHTML())
                .contains(format.percent(history.version(versions.get(1)).orElseThrow().poll(POLL).orElseThrow().share()))
                .contains(format.percent(datasetService.current().poll(POLL).orElseThrow().share()));
    }

    @Test
    void anEarlierVersionIsShownAsItWasWithABanner() throws IOException {
        List<String> versions = threeVersions();
        UI.getCurrent().navigate("", QueryParameters.of("version", versions.get(0)));

        Div banner = _get(Div.class, spec -> spec.withId("earlier-version"));
        assertThat(banner.getElement().getTextRecursively()).contains(versions.get(0));
        Dataset first = history.version(versions.get(0)).orElseThrow();
        assertThat(DashboardContract.figureOf(TRADE))
                .isEqualTo(format.value(first.observation(TRADE).orElseThrow()))
                .isNotEqualTo(format.value(datasetService.current().observation(TRADE).orElseThrow()));
        assertThat(_find(Span.class, spec -> spec.withId("revised-" + TRADE))).isEmpty();
        // the header describes the version shown, and a chart's CSV gives its figures
        assertThat(_get(Span.class, spec -> spec.withId("dataset-version")).getText()).contains(versions.get(0));
        assertThat(_get(Span.class, spec -> spec.withId("data-loaded-at")).getText())
                .contains(MainLayout.LOAD_TIME.format(first.loadedAt()));
        BasicUtilsKt._fireDomEvent(_get(NativeButton.class, spec -> spec.withId(TradeVolumeChart.ID + "-export-toggle")), "click");
        assertThat(_find(Anchor.class).stream().filter(a -> "csv".equals(a.getElement().getAttribute("data-export"))).toList())
                .singleElement().satisfies(csv -> assertThat(csv.getHref()).endsWith("&version=" + versions.get(0)));

        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_get(Span.class, spec -> spec.withId("dataset-version")).getText()).contains(versions.get(2));

        UI.getCurrent().navigate("", QueryParameters.of("version", "ffffffffffff"));
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(DashboardView.class);
    }

    @Test
    void aRevisedFigureIsMarkedAndItsSourcePanelGivesItsHistory() throws IOException {
        List<String> versions = threeVersions();
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_find(Div.class, spec -> spec.withId("earlier-version"))).isEmpty();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(_get(Span.class, spec -> spec.withId("revised-" + TRADE)).getText()).contains(today);
        assertThat(_get(Span.class, spec -> spec.withId("revised-" + POLL)).getText()).contains(today);

        BasicUtilsKt._fireDomEvent(_get(NativeButton.class, spec -> spec.withId("kpi-source-" + TRADE)), "click");
        Div figureHistory = _get(Div.class, spec -> spec.withId("history-" + TRADE));
        String text = Jsoup.parse(figureHistory.getElement().getOuterHTML()).text();
        assertThat(text).contains(format.value(history.version(versions.get(0)).orElseThrow().observation(TRADE).orElseThrow()))
                .contains(format.value(datasetService.current().observation(TRADE).orElseThrow()));
    }

    private static void edit(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** Only the first place: the fixture quotes the same sentence for two figures, and only one is revised. */
    private static void editFirst(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        int at = text.indexOf(from);
        assertThat(at).isNotNegative();
        Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
    }
}
