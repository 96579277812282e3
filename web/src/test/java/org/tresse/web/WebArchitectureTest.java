package org.tresse.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The web depends on the core and the configuration only: never on the commands or a connector. */
@AnalyzeClasses(packages = "org.tresse", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {
    @ArchTest
    static final ArchRule web_depends_on_core_and_config_only = noClasses()
            .that().resideInAPackage("org.tresse.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.tresse.commands..", "org.tresse.connector..", "org.tresse.app..", "org.tresse.testkit..");

    @ArchTest
    static final ArchRule nothing_but_the_app_depends_on_the_web = noClasses()
            .that().resideInAnyPackage("org.tresse.core..", "org.tresse.commands..", "org.tresse.connector..", "org.tresse.config..")
            .should().dependOnClassesThat().resideInAPackage("org.tresse.web..");

    @ArchTest
    static final ArchRule the_web_never_uses_the_service_locator = noClasses()
            .that().resideInAPackage("org.tresse.web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.tresse.core.Core");
}
