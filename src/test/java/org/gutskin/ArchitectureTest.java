package org.gutskin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering docs/architecture.md describes true, on the compiled classes of src/main:
 * which package may use which, no cycles between packages (the root package included), views
 * that never reach into each other, the store reached only through services, and nothing in
 * the app that only the tests use.
 */
class ArchitectureTest {
    private static final String OURS = "org.gutskin";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(OURS);

    /** For each package of ours: the packages of ours it may use (besides itself and its own sub-packages). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("journal", Set.of()),
            Map.entry("crypt", Set.of()),
            Map.entry("store", Set.of("journal", "crypt")),
            Map.entry("food", Set.of("journal", "store")),
            Map.entry("analysis", Set.of("journal", "food")),
            Map.entry("exchange", Set.of("journal", "crypt", "store", "food", "analysis")),
            Map.entry("service", Set.of("journal", "crypt", "store", "food", "analysis", "exchange")),
            Map.entry("sample", Set.of("journal", "food")),
            Map.entry("app", Set.of("journal", "crypt", "store", "food", "analysis", "exchange", "service")),
            Map.entry("cli", Set.of("journal", "crypt", "store", "food", "analysis", "exchange", "service", "sample",
                    "app")),
            Map.entry("ui", Set.of("journal", "crypt", "store", "food", "analysis", "exchange", "service", "app")));

    /**
     * The ways in for tests, each on purpose: the window started on a test's own folder, on a
     * fixed day, with file dialogs the test answers.
     */
    private static final Set<String> TEST_SEAMS = Set.of("org.gutskin.ui.GutskinApplication.<init>("
            + "org.gutskin.store.DataDirectory, java.time.Clock, org.gutskin.ui.common.FileDialogs)");

    private static final Set<String> CORE = Set.of("journal", "crypt", "store", "food", "analysis", "exchange",
            "service", "sample", "app");

    /** The views: each keeps to itself and ui.common; only the window's composition root wires them together. */
    private static final Set<String> VIEWS = Set.of("today", "history", "trends", "insights", "foods", "exchange",
            "settings", "shell");

    @Test
    void theClassesWereFound() {
        assertTrue(MAIN.size() > 100, "imported the compiled classes of src/main");
    }

    @Test
    void theCoreNeverUsesJavaFx() {
        noClasses().that().resideInAnyPackage(packages(CORE))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(MAIN);
    }

    @Test
    void eachPackageUsesOnlyThePackagesItMay() {
        for (Map.Entry<String, Set<String>> layer : ALLOWED.entrySet()) {
            Set<String> forbidden = new TreeSet<>(ALLOWED.keySet());
            forbidden.removeAll(layer.getValue());
            forbidden.remove(layer.getKey());
            noClasses().that().resideInAPackage(OURS + "." + layer.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packages(forbidden))
                    .orShould().dependOnClassesThat().resideInAPackage(OURS)
                    .because("the root package holds only the launcher")
                    .check(MAIN);
        }
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(OURS) ? SliceIdentifier.of("(root)")
                        : name.startsWith(OURS + ".") ? SliceIdentifier.of(name.substring(OURS.length() + 1))
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package of ours, the root package included";
            }
        }).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void viewsDoNotReachIntoEachOther() {
        for (String view : VIEWS) {
            Set<String> others = new TreeSet<>(VIEWS);
            others.remove(view);
            noClasses().that().resideInAPackage(OURS + ".ui." + view)
                    .should().dependOnClassesThat().resideInAnyPackage(others.stream()
                            .map(other -> OURS + ".ui." + other).toArray(String[]::new))
                    .check(MAIN);
        }
    }

    @Test
    void theStoreIsReachedOnlyThroughServices() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAPackage(OURS + ".store")
                .check(MAIN);
        DescribedPredicate<JavaClass> storeInternals = new DescribedPredicate<>(
                "store classes other than where the journal lives and the errors it reports") {
            @Override
            public boolean test(JavaClass target) {
                return target.getPackageName().equals(OURS + ".store")
                        && !target.getSimpleName().equals("DataDirectory")
                        && !target.isAssignableTo(RuntimeException.class);
            }
        };
        noClasses().that().resideInAnyPackage(OURS + ".ui..", OURS + ".cli..")
                .should().dependOnClassesThat(storeInternals)
                .check(MAIN);
    }

    @Test
    void onlyTheWindowsCompositionRootSeesTheWholeApp() {
        noClasses().that().resideInAPackage(OURS + ".ui..")
                .and().haveNameNotMatching("org\\.gutskin\\.ui\\.GutskinApplication(\\$.*)?") // it and its records
                .should().dependOnClassesThat().haveFullyQualifiedName(OURS + ".app.App")
                .because("controllers get the services they need through the controller factory")
                .check(MAIN);
    }

    /**
     * Every method and constructor of the app is used by the app: called, referred to, run by
     * JavaFX or picocli through an annotation, or an implementation of a supertype's method.
     * Code that only the tests or the benchmarks call belongs in the test tree.
     */
    @Test
    void nothingInTheAppExistsOnlyForTheTests() {
        List<String> unused = new ArrayList<>();
        for (JavaClass javaClass : MAIN) {
            for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                if (!unit.getModifiers().contains(JavaModifier.SYNTHETIC) && !usedByTheApp(unit)) {
                    unused.add(unit.getFullName());
                }
            }
        }
        assertEquals(List.of(), unused);
    }

    private static boolean usedByTheApp(JavaCodeUnit unit) {
        if (!unit.getAccessesToSelf().isEmpty() || unit.isAnnotatedWith("javafx.fxml.FXML")
                || unit.getName().equals("main") || unit.getName().equals("<clinit>")
                || TEST_SEAMS.contains(unit.getFullName())) {
            return true;
        }
        JavaClass owner = unit.getOwner();
        if (unit.getName().equals("<init>") && unit.getParameters().isEmpty()
                && (unit.getModifiers().contains(JavaModifier.PRIVATE) || owner.isAssignableTo(
                "javafx.application.Application"))) {
            return true; // a class of static methods only, or the window, which JavaFX builds
        }
        if (owner.isRecord() || owner.isEnum()) {
            return isRecordOrEnumMember(unit);
        }
        if (unit.getName().equals("<init>") && unit.getParameters().isEmpty() && builtByPicocli(owner)) {
            return true;
        }
        return overridesASupertype(unit);
    }

    /** Commands, their option mix-ins, version providers and converters, which picocli builds. */
    private static boolean builtByPicocli(JavaClass owner) {
        return owner.isAnnotatedWith("picocli.CommandLine$Command")
                || owner.isAssignableTo("picocli.CommandLine$IVersionProvider")
                || owner.isAssignableTo("picocli.CommandLine$ITypeConverter")
                || owner.getFields().stream().anyMatch(field -> field.isAnnotatedWith("picocli.CommandLine$Option"));
    }

    /** The members the compiler gives records and enums, used by equals, toString and switch. */
    private static boolean isRecordOrEnumMember(JavaCodeUnit unit) {
        JavaClass owner = unit.getOwner();
        boolean component = owner.isRecord() && unit.getParameters().isEmpty()
                && owner.getFields().stream().anyMatch(field -> field.getName().equals(unit.getName()));
        return component || unit.getName().equals("<init>") || unit.getName().equals("values")
                || unit.getName().equals("valueOf") || overridesASupertype(unit);
    }

    private static boolean overridesASupertype(JavaCodeUnit unit) {
        if (unit.getName().startsWith("<") || unit.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        List<JavaClass> supertypes = new ArrayList<>(unit.getOwner().getAllRawSuperclasses());
        supertypes.addAll(unit.getOwner().getAllRawInterfaces());
        List<String> parameters = unit.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        for (JavaClass supertype : supertypes) {
            for (JavaCodeUnit candidate : supertype.getCodeUnits()) {
                if (candidate.getName().equals(unit.getName()) && candidate.getRawParameterTypes().stream()
                        .map(JavaClass::getName).toList().equals(parameters)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] packages(Set<String> names) {
        return names.stream().map(name -> OURS + "." + name + "..").toArray(String[]::new);
    }
}
