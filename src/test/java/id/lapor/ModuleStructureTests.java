package id.lapor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The layout's rules, checked (docs/architecture.md, "Modules"): the modules of Spring Modulith form no cycle and
 * use only each other's published types; Camunda is imported only by each module's {@code camunda} sub-package and
 * by the platform; the engine's internal classes only by the platform; the module diagram in {@code docs/modules/}
 * is current.
 */
class ModuleStructureTests {

    /** The engine's packages, named through its classes so that the rules hold on Operaton as well. */
    private static final String ENGINE = ProcessEngine.class.getPackageName();
    private static final String VENDOR = ENGINE.substring(0, ENGINE.indexOf(".bpm."));
    private static final String WEBAPP = ProcessEngine.class.getPackageName().replace(".engine", ".webapp");

    private static final ApplicationModules MODULES = ApplicationModules.of(LaporApplication.class);
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.lapor");

    @Test
    void modulesFormNoCycleAndUseOnlyEachOthersPublishedTypes() {
        MODULES.verify();
    }

    @Test
    void onlyTheCamundaSubPackagesAndThePlatformImportCamunda() {
        noClasses().that().resideOutsideOfPackages("..camunda..", "id.lapor.platform..")
                .should().dependOnClassesThat().resideInAPackage(VENDOR + "..")
                .because("a reader finds a module's engine glue in its camunda sub-package, and a move to Operaton "
                        + "touches only those")
                .check(MAIN_CLASSES);
    }

    /**
     * The engine's internal classes ({@code impl} packages) belong in the platform: a module extends the engine
     * through {@code platform.engine} (EngineExtensions' interfaces, EngineCommands). Checked in the compiled classes
     * and, for a type that the public API hands out from an internal package (the current {@code Authentication}
     * of {@code IdentityService}, which leaves no trace in a class file when only held in a variable), in the sources.
     */
    @Test
    void onlyThePlatformUsesTheEnginesInternalClasses() throws IOException {
        noClasses().that().resideOutsideOfPackage("id.lapor.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(ENGINE + ".impl..", WEBAPP + ".impl..")
                .because("every use of an internal class is a risk at each upgrade and for a move to Operaton")
                .check(MAIN_CLASSES);
        Path sources = Path.of("src", "main", "java");
        try (var files = Files.walk(sources)) {
            assertThat(files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(sources.resolve(Path.of("id", "lapor", "platform"))))
                    .filter(ModuleStructureTests::importsAnInternalClass).map(Path::toString).toList())
                    .as("sources outside the platform that import the engine's internal classes").isEmpty();
        }
    }

    private static boolean importsAnInternalClass(Path source) {
        try {
            return Files.readAllLines(source).stream().anyMatch(line -> line.startsWith("import " + ENGINE + ".impl.")
                    || line.startsWith("import " + WEBAPP + ".impl."));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The diagram in docs/architecture.md is the one the code has: {@code docs/modules/render} renews it. */
    @Test
    void theCommittedModuleDiagramIsTheCodes() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml();
        Path generated = Path.of("target", "spring-modulith-docs", "components.puml");
        Path committed = Path.of("docs", "modules", "components.puml");
        assertThat(new TreeSet<>(Files.readAllLines(committed)))
                .as("%s differs from the modules of the code (%s): run docs/modules/render and commit", committed,
                        generated)
                .isEqualTo(new TreeSet<>(Files.readAllLines(generated)));
    }
}
