package com.winccreports;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The package table of docs/architecture.md, enforced on the product's classes: each top-level package of
 * {@code com.winccreports} uses only the packages its row says it may use ("may use", backticked, before any
 * remark after " — "), a row whose libraries are "JDK only" uses nothing but the JDK, no two top-level packages
 * depend on each other in a cycle, and every top-level package has a row. The rules are read from the document,
 * so the table and the tests cannot say different things.
 */
class ArchitectureTest {

    static final Path TABLE = Path.of("docs/architecture.md");
    static final String ROOT = "com.winccreports";
    private static final Pattern ROW = Pattern.compile("^\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`([a-z]+)`");

    static JavaClasses product;
    static List<PackageRule> table;

    /** One row of the table: its packages, the packages they may use (null: everything), JDK only or not. */
    record PackageRule(List<String> packages, Set<String> mayUse, boolean jdkOnly) {
    }

    @BeforeAll
    static void importProductAndTable() throws IOException {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        table = readTable(Files.readAllLines(TABLE));
    }

    @Test
    void everyTopLevelPackageHasARowInTheTable() {
        Set<String> ruled = new TreeSet<>();
        table.forEach(rule -> ruled.addAll(rule.packages()));
        assertThat(topLevelPackages()).as("top-level packages without a row in %s", TABLE).isSubsetOf(ruled);
    }

    @TestFactory
    Stream<DynamicTest> eachPackageUsesOnlyWhatItsRowAllows() {
        Set<String> known = new TreeSet<>();
        table.forEach(rule -> known.addAll(rule.packages()));
        return table.stream().filter(rule -> rule.mayUse() != null).flatMap(rule -> rule.packages().stream()
                .map(name -> DynamicTest.dynamicTest(name + " may use " + rule.mayUse(), () -> {
                    List<String> forbidden = new ArrayList<>();
                    for (String other : known) {
                        if (!other.equals(name) && !rule.mayUse().contains(other)) {
                            forbidden.add(ROOT + "." + other + "..");
                        }
                    }
                    forbidden.add(ROOT); // the composition root (application, root command) is used by nothing
                    noClasses().that().resideInAPackage(ROOT + "." + name + "..")
                            .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                            .allowEmptyShould(true).check(product);
                })));
    }

    @TestFactory
    Stream<DynamicTest> jdkOnlyPackagesUseNothingButTheJdk() {
        return table.stream().filter(PackageRule::jdkOnly).flatMap(rule -> rule.packages().stream()
                .map(name -> DynamicTest.dynamicTest(name + " uses the JDK only", () -> classes().that()
                        .resideInAPackage(ROOT + "." + name + "..").should().onlyDependOnClassesThat(
                                describe("in the JDK or " + ROOT, (JavaClass c) -> c.getPackageName().startsWith("java")
                                        || c.getPackageName().startsWith(ROOT)))
                        .allowEmptyShould(true).check(product))));
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(product);
    }

    /**
     * YAML shapes stop at the entry point: every type of ours that Jackson binds a job or site file into (the
     * components of {@code JobDefinition} and {@code SiteDefinition}, followed through records, lists and maps) is a
     * definition record, never a domain type — the shift calendar's {@code shifts:} section included.
     */
    @Test
    void jobAndSiteFilesBindIntoDefinitionRecordsOnly() {
        Set<String> bound = new TreeSet<>();
        bindingTargets(com.winccreports.definition.JobDefinition.class, bound);
        bindingTargets(com.winccreports.definition.SiteDefinition.class, bound);

        assertThat(bound).filteredOn(name -> !name.startsWith(ROOT + ".definition."))
                .as("domain types Jackson binds YAML into").isEmpty();
        assertThat(bound).contains(ROOT + ".definition.TagRecord", ROOT + ".definition.ElementRecord",
                ROOT + ".definition.ShiftsRecord", ROOT + ".definition.ShiftRecord", ROOT + ".definition.BreakRecord",
                ROOT + ".definition.RotationRecord", ROOT + ".definition.HolidayRecord");
    }

    private static void bindingTargets(java.lang.reflect.Type type, Set<String> bound) {
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            bindingTargets(parameterized.getRawType(), bound);
            for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                bindingTargets(argument, bound);
            }
        } else if (type instanceof Class<?> c && c.getName().startsWith(ROOT + ".") && bound.add(c.getName())) {
            Stream.of(c.isRecord() ? c.getRecordComponents() : new java.lang.reflect.RecordComponent[0])
                    .forEach(component -> bindingTargets(component.getGenericType(), bound));
        }
    }

    private Set<String> topLevelPackages() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : product) {
            String name = c.getPackageName();
            if (name.startsWith(ROOT + ".")) {
                packages.add(name.substring(ROOT.length() + 1).split("\\.")[0]);
            }
        }
        return packages;
    }

    /** The rows of the table under "## Packages": package | holds | may use | libraries. */
    static List<PackageRule> readTable(List<String> lines) {
        List<PackageRule> rules = new ArrayList<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## Packages");
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (!inSection || !row.matches() || !row.group(1).contains("`")) {
                continue;
            }
            List<String> packages = names(row.group(1));
            String mayUse = row.group(3).split(" — ", -1)[0];
            rules.add(new PackageRule(packages, mayUse.contains("everything") ? null : new LinkedHashSet<>(names(mayUse)),
                    row.group(4).toLowerCase(java.util.Locale.ROOT).contains("jdk only")));
        }
        assertThat(rules).as("package table rows in %s", TABLE).isNotEmpty();
        return rules;
    }

    private static List<String> names(String cell) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        Matcher name = NAME.matcher(cell);
        while (name.find()) {
            names.put(name.group(1), true);
        }
        return List.copyOf(names.keySet());
    }
}
