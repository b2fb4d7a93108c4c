package org.ccfacts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
