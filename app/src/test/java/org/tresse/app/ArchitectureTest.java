package org.tresse.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md's dependency rule: the core knows no channel; commands know only the core; only app sees everything. */
@AnalyzeClasses(packages = "org.tresse", importOptions = {ImportOption.DoNotIncludeTests.class, NoTestJars.class})
class ArchitectureTest {
    private static final String[] CHANNEL_LIBRARIES = {
        "org.telegram..", "jakarta.mail..", "org.eclipse.angus..", "org.jsoup..", "java.net.http.."
    };

    @ArchTest
    static final ArchRule core_depends_on_no_other_module_and_no_channel_library = noClasses()
            .that().resideInAPackage("org.tresse.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.tresse.commands..", "org.tresse.connector..", "org.tresse.config..", "org.tresse.app..",
                    "org.tresse.testkit..", "org.tresse.print..", "picocli..")
            .orShould().dependOnClassesThat().resideInAnyPackage(CHANNEL_LIBRARIES);

    @ArchTest
    static final ArchRule commands_depend_on_the_core_only = noClasses()
            .that().resideInAPackage("org.tresse.commands..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.tresse.connector..", "org.tresse.config..", "org.tresse.app..", "org.tresse.testkit..", "org.tresse.print..")
            .orShould().dependOnClassesThat().resideInAnyPackage(CHANNEL_LIBRARIES);

    /**
     * Reports and posters read the domain through its services: never a command, a channel, the app,
     * nor the configuration (the app reads it and hands print its branding).
     */
    @ArchTest
    static final ArchRule print_depends_on_the_core_only = noClasses()
            .that().resideInAPackage("org.tresse.print..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.tresse.commands..", "org.tresse.connector..", "org.tresse.app..", "org.tresse.testkit..", "org.tresse.config..")
            .orShould().dependOnClassesThat().resideInAnyPackage(CHANNEL_LIBRARIES);

    @ArchTest
    static final ArchRule connectors_depend_on_core_and_config_only = noClasses()
            .that().resideInAPackage("org.tresse.connector..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.tresse.commands..", "org.tresse.app..", "org.tresse.testkit..", "org.tresse.print..");

    @ArchTest
    static final ArchRule connectors_do_not_know_each_other = slices()
            .matching("org.tresse.connector.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule web_depends_on_core_and_config_only = noClasses()
            .that().resideInAPackage("org.tresse.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.tresse.commands..", "org.tresse.connector..", "org.tresse.app..", "org.tresse.testkit..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule only_the_app_depends_on_the_web = noClasses()
            .that().resideInAnyPackage("org.tresse.core..", "org.tresse.commands..", "org.tresse.connector..", "org.tresse.config..")
            .should().dependOnClassesThat().resideInAPackage("org.tresse.web..");

    @ArchTest
    static final ArchRule config_depends_on_no_other_module = noClasses()
            .that().resideInAPackage("org.tresse.config..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.tresse.core..", "org.tresse.commands..", "org.tresse.connector..", "org.tresse.app..", "org.tresse.print..");
}
