package org.ccfacts.frame;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.ccfacts.about.AboutView;
import org.ccfacts.changes.WhatChangedView;
import org.ccfacts.dashboard.DashboardView;
import org.ccfacts.present.PresentView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

/**
 * The frame links to pages by address, so the compiler no longer checks that the addresses are routes: this does.
 */
@SpringBootTest
class MainLayoutTest {

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.ccfacts"), context, UI::new));
        UI.getCurrent().navigate(AboutView.class);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void eachLinkOfTheFrameOpensItsPage() {
        assertThat(follow("nav-home")).isInstanceOf(DashboardView.class);
        assertThat(follow("nav-about")).isInstanceOf(AboutView.class);
        assertThat(follow("nav-changes")).isInstanceOf(WhatChangedView.class);
        assertThat(follow("nav-present")).isInstanceOf(PresentView.class);
    }

    /** Goes where the link points, as the browser's router does with a click, and returns the page shown. */
    private static Component follow(String linkId) {
        String href = _get(Anchor.class, spec -> spec.withId(linkId)).getHref();
        UI.getCurrent().navigate(href);
        return UI.getCurrent().getCurrentView();
    }
}
