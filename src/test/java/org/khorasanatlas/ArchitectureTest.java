package org.khorasanatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khorasanatlas.cli.AtlasCommand;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;

import jakarta.servlet.Filter;

/** The package-by-feature layout, checked: a rule broken here is a design decision to discuss, not to bypass. */
class ArchitectureTest {

    /** The data and what it means: read at start-up, used by the page, the API and the commands alike. */
    private static final String[] DOMAIN = {
        "org.khorasanatlas.events..",
        "org.khorasanatlas.places..",
        "org.khorasanatlas.region..",
        "org.khorasanatlas.profile..",
        "org.khorasanatlas.sources..",
        "org.khorasanatlas.geodata.."
    };

    /** The page: Vaadin views and their parts. */
    private static final String VIEWS = "org.khorasanatlas.dashboard..";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.khorasanatlas");

    /** The add-ons (the Leaflet map, the row table, the native select, the lean components) could be published apart from the app. */
    @ParameterizedTest
    @ValueSource(strings = {"leaflet", "rowtable", "select", "lean"})
    void anAddOnKnowsNothingOfTheApp(String addOn) {
        String own = "org.khorasanatlas." + addOn + "..";
        noClasses()
                .that()
                .resideInAPackage(own)
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(own, "java..", "com.vaadin..", "tools.jackson..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("org.khorasanatlas.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheDashboardUsesTheDashboard() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.khorasanatlas.dashboard..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.khorasanatlas.dashboard..")
                .check(classes);
    }

    @Test
    void theDomainKnowsNothingOfTheUiOrTheWeb() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin..",
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "org.khorasanatlas.leaflet..",
                        "org.khorasanatlas.map..",
                        "org.khorasanatlas.api..",
                        "org.khorasanatlas.security..",
                        "org.khorasanatlas.sessions..")
                .check(classes);
    }

    /** Views get their data from the domain's services, checked once at start-up, never from a file at a click. */
    @Test
    void viewsReadNoFiles() {
        noClasses()
                .that()
                .resideInAPackage(VIEWS)
                .or()
                .areAssignableTo(Component.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "org.springframework.core.io..")
                .orShould()
                .dependOnClassesThat()
                .haveNameMatching("java\\.io\\.File.*|java\\.io\\.RandomAccessFile")
                .orShould()
                .dependOnClassesThat()
                .haveNameMatching("org\\.khorasanatlas\\.geodata\\.(GeoDataFiles|DataFile|JsonDataReader)")
                .check(classes);
    }

    @Test
    void commandsLiveApartFromTheDomain() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.khorasanatlas.cli..")
                .check(classes);
        classes()
                .that()
                .implement(AtlasCommand.class)
                .should()
                .resideInAnyPackage("org.khorasanatlas.report..", "org.khorasanatlas.imports..")
                .check(classes);
    }

    /** {@code imports} is a batch job run from the command line; the running app must not need it. */
    @Test
    void theRunningAppDoesNotUseTheBatchImport() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.khorasanatlas.imports..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.khorasanatlas.imports..")
                .check(classes);
    }

    /** Requests are checked before they reach Vaadin, by the packages whose job that is, not by the views. */
    @Test
    void servletFiltersLiveInTheRequestGuards() {
        classes()
                .that()
                .areAssignableTo(Filter.class)
                .should()
                .resideInAnyPackage("org.khorasanatlas.security..", "org.khorasanatlas.sessions..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage(VIEWS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
                .check(classes);
    }
}
