package io.purplemcp.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks every production class of every module against the architecture's rules. */
@AnalyzeClasses(packages = ArchitectureRules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsPlainJava = ArchitectureRules.CORE_IS_PLAIN_JAVA;

    @ArchTest
    static final ArchRule coreStartsNoThreads = ArchitectureRules.CORE_STARTS_NO_THREADS;

    @ArchTest
    static final ArchRule onlyBootstrapReadsConfiguration =
            ArchitectureRules.ONLY_BOOTSTRAP_READS_THE_PROCESS_CONFIGURATION;

    @ArchTest
    static final ArchRule adaptersDoNotUseTheDomain = ArchitectureRules.ADAPTERS_DO_NOT_USE_THE_DOMAIN;

    @ArchTest
    static final ArchRule domainUsesOnlyPorts = ArchitectureRules.DOMAIN_USES_ONLY_PORTS;

    @ArchTest
    static final ArchRule portsUseNothingOfOurs = ArchitectureRules.PORTS_USE_NOTHING_OF_OURS;

    @ArchTest
    static final ArchRule adaptersAreIndependent = ArchitectureRules.ADAPTERS_ARE_INDEPENDENT;

    @ArchTest
    static final ArchRule sandboxStandsAlone = ArchitectureRules.SANDBOX_STANDS_ALONE;

    @ArchTest
    static final ArchRule productionCodeNeverUsesTestSupport =
            ArchitectureRules.PRODUCTION_CODE_NEVER_USES_TEST_SUPPORT;

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule noStaticMutableState = ArchitectureRules.NO_STATIC_MUTABLE_STATE;

    @ArchTest
    static final ArchRule onlyStdioAndBootstrapUseStandardStreams =
            ArchitectureRules.ONLY_STDIO_AND_BOOTSTRAP_USE_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = ArchitectureRules.NO_JAVA_UTIL_LOGGING;
}
