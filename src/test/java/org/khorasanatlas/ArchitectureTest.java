package org.khorasanatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The package-by-feature layout, checked: a rule broken here is a design decision to discuss, not to bypass. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.khorasanatlas");

    @Test
    void theLeafletAddOnKnowsNothingOfTheApp() {
        noClasses().that().resideInAPackage("org.khorasanatlas.leaflet..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.khorasanatlas.leaflet..", "java..",
                        "com.vaadin..", "tools.jackson..")
                .check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("org.khorasanatlas.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheDashboardUsesTheDashboard() {
        noClasses().that().resideOutsideOfPackage("org.khorasanatlas.dashboard..")
                .should().dependOnClassesThat().resideInAPackage("org.khorasanatlas.dashboard..")
                .check(classes);
    }
}
