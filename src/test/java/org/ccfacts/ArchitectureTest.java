package org.ccfacts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ResourceBundle;

import org.ccfacts.i18n.BundleTranslations;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.ccfacts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The dataset is the foundation: it knows nothing of screens, charts or web endpoints. */
    @ArchTest
    static final ArchRule datasetDependsOnNoUi = noClasses()
            .that().resideInAPackage("org.ccfacts.dataset..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.ccfacts.chart..",
                    "org.springframework.web..", "org.ccfacts.dashboard..", "org.ccfacts.catalog..");

    /** The chart component is generic: it draws options and knows nothing of the dataset. */
    @ArchTest
    static final ArchRule chartDependsOnNoDataset = noClasses()
            .that().resideInAPackage("org.ccfacts.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ccfacts.dataset..", "org.ccfacts.dashboard..",
                    "org.ccfacts.catalog..");

    /**
     * Pages are built from native HTML elements (Flow's html components, org.ccfacts.html): Vaadin's
     * Button, Select, Dialog and Grid were Polymer-based in 24.9 and took the start bundle from 1.1× to
     * 2.4× a bare Vaadin app (docs/PERFORMANCE.md; not measured again on Vaadin 25). Presentation mode, a route loaded on its own, keeps
     * Vaadin's Button.
     */
    @ArchTest
    static final ArchRule pagesUseNativeControls = noClasses()
            .that().doNotHaveFullyQualifiedName("org.ccfacts.present.PresentView")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component.button..",
                    "com.vaadin.flow.component.select..", "com.vaadin.flow.component.dialog..",
                    "com.vaadin.flow.component.grid..", "com.vaadin.flow.component.icon..",
                    "com.vaadin.flow.component.combobox..", "com.vaadin.flow.component.details..",
                    "com.vaadin.flow.component.tabs..", "com.vaadin.flow.component.contextmenu..",
                    "com.vaadin.flow.component.menubar..", "com.vaadin.flow.component.notification..");

    /**
     * One way to read a translated text: views through getTranslation, everything else through
     * BundleTranslations.get, which is the same lookup. A second reader of the bundles would drift from it
     * (which language stands in for a missing one, how numbers in the arguments are written).
     */
    @ArchTest
    static final ArchRule oneTextLookup = noClasses()
            .that().doNotBelongToAnyOf(BundleTranslations.class)
            .should().dependOnClassesThat().areAssignableTo(ResourceBundle.class);

    /**
     * Features depend on each other in one direction only: a package that needs another is never needed
     * back, so each can be read, changed and moved on its own (the page frame links to views by route,
     * and views use it as their layout).
     */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.ccfacts.(*)..").should().beFreeOfCycles();
}
