package io.purplemcp.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.purplemcp.adapters.mcp.http.archfixture.TransportUsingTestSupport;
import io.purplemcp.adapters.mcp.stdio.archfixture.StdioUsingJul;
import io.purplemcp.adapters.sentinelone.archfixture.AdapterUsingTheDomain;
import io.purplemcp.archfixture.cycle.a.First;
import io.purplemcp.archfixture.cycle.b.Second;
import io.purplemcp.domain.archfixture.DomainDoingEverythingWrong;
import io.purplemcp.ports.archfixture.PortUsingTheDomain;
import io.purplemcp.sandbox.archfixture.SandboxUsingPorts;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A rule that never fails protects nothing: each one must reject a class written to break it. */
class ArchitectureRulesBiteTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importClasses(
                    DomainDoingEverythingWrong.class,
                    AdapterUsingTheDomain.class,
                    First.class,
                    Second.class,
                    SandboxUsingPorts.class,
                    PortUsingTheDomain.class,
                    StdioUsingJul.class,
                    TransportUsingTestSupport.class);

    static Stream<Arguments> rulesAndTheirViolation() {
        return Stream.of(
                Arguments.of(ArchitectureRules.CORE_IS_PLAIN_JAVA, "java.net.URI"),
                Arguments.of(ArchitectureRules.CORE_STARTS_NO_THREADS, "java.lang.Thread"),
                Arguments.of(ArchitectureRules.ONLY_BOOTSTRAP_READS_THE_PROCESS_CONFIGURATION, "System.getenv"),
                Arguments.of(ArchitectureRules.ADAPTERS_DO_NOT_USE_THE_DOMAIN, "ToolFailure"),
                Arguments.of(ArchitectureRules.DOMAIN_USES_ONLY_PORTS, "JsonCodec"),
                Arguments.of(ArchitectureRules.PORTS_USE_NOTHING_OF_OURS, "PortUsingTheDomain"),
                Arguments.of(ArchitectureRules.ADAPTERS_ARE_INDEPENDENT, "Messages"),
                Arguments.of(ArchitectureRules.SANDBOX_STANDS_ALONE, "Redactor"),
                Arguments.of(ArchitectureRules.PRODUCTION_CODE_NEVER_USES_TEST_SUPPORT, "ScriptedTools"),
                Arguments.of(ArchitectureRules.NO_PACKAGE_CYCLES, "Cycle detected"),
                Arguments.of(ArchitectureRules.NO_STATIC_MUTABLE_STATE, "calls"),
                Arguments.of(ArchitectureRules.ONLY_STDIO_AND_BOOTSTRAP_USE_STANDARD_STREAMS, "System.out"),
                Arguments.of(ArchitectureRules.NO_JAVA_UTIL_LOGGING, "java.util.logging"));
    }

    @ParameterizedTest(name = "rule reporting {1}")
    @MethodSource("rulesAndTheirViolation")
    void everyRuleRejectsItsFixture(ArchRule rule, String expectedInReport) {
        assertThatThrownBy(() -> rule.check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(expectedInReport);
    }
}
