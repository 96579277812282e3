package org.tresse.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.tresse.core.CoreServices;
import org.tresse.core.store.Handle;

/**
 * The inner rules of DESIGN.md: features are packages (the same names in bot-core and commands)
 * with no cycle between them; an {@code internal} package is used only inside its feature; the
 * commands run no SQL; the spine's services record is taken apart by assemblies only.
 */
@AnalyzeClasses(packages = "org.tresse", importOptions = {ImportOption.DoNotIncludeTests.class, NoTestJars.class})
class FeatureArchitectureTest {

    @ArchTest
    static final ArchRule core_packages_have_no_cycle = slices().matching("org.tresse.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule command_features_have_no_cycle = slices().matching("org.tresse.commands.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_command_router_knows_no_feature = noClasses()
            .that().resideInAPackage("org.tresse.commands")
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("a feature's class") {
                @Override
                public boolean test(JavaClass target) {
                    String name = target.getPackageName();
                    return name.startsWith("org.tresse.commands.") && !name.startsWith("org.tresse.commands.internal");
                }
            })
            .as("the commands' root package (the router) depends on no feature package");

    @ArchTest
    static final ArchRule internal_packages_stay_inside_their_feature = classes()
            .should(useInternalsOfTheirOwnFeatureOnly());

    @ArchTest
    static final ArchRule commands_run_no_sql = noClasses()
            .that().resideInAPackage("org.tresse.commands..")
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a method of Handle") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(Handle.class);
                }
            })
            .as("the commands run no SQL: they call their feature's services");

    @ArchTest
    static final ArchRule only_assemblies_take_the_core_services_apart = noClasses()
            .that().resideOutsideOfPackages("org.tresse.app..", "org.tresse.testkit..", "org.tresse.bench..",
                    "org.tresse.commands.assembly..", "org.tresse.core")
            .should().dependOnClassesThat().areAssignableTo(CoreServices.class)
            .as("domain services and features receive their collaborators, never CoreServices");

    /** A class in {@code a.b.feature.internal} may be used by {@code a.b.feature..} only. */
    private static ArchCondition<JavaClass> useInternalsOfTheirOwnFeatureOnly() {
        return new ArchCondition<>("use internal packages of their own feature only") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (!target.startsWith("org.tresse.") || internal < 0) {
                        continue;
                    }
                    String feature = target.substring(0, internal);
                    String from = origin.getPackageName();
                    if (!from.equals(feature) && !from.startsWith(feature + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": " + target + " is internal to " + feature));
                    }
                }
            }
        };
    }
}
