package dev.sobes.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.sobes.core.arch.fixture.StoresWithJdbc;
import org.junit.jupiter.api.Test;

/** The core is the engine only: platforms, HTTP, JSON and JDBC stay in adapters. */
class DependencyRuleTest {
    static final ArchRule CORE_IS_PLATFORM_FREE = noClasses()
            .that()
            .resideInAPackage("dev.sobes.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.telegram..",
                    "net.dv8tion..",
                    "okhttp3..",
                    "com.fasterxml.jackson..",
                    "tools.jackson..",
                    "java.sql..",
                    "javax.sql..",
                    "java.net.http..",
                    "com.sun.net.httpserver..")
            .because("bot-core must stay free of platforms, HTTP, JSON and JDBC (see DESIGN.md)");

    @Test
    void coreDependsOnNoPlatformHttpJsonOrJdbcLibrary() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sobes.core");
        CORE_IS_PLATFORM_FREE.check(core);
    }

    @Test
    void theRuleCatchesACoreClassThatUsesJdbc() {
        JavaClasses offender = new ClassFileImporter().importClasses(StoresWithJdbc.class);
        assertThatThrownBy(() -> CORE_IS_PLATFORM_FREE.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.sql.Connection");
    }
}
