package io.purplemcp.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Map;
import java.util.Set;

/** The rules of docs/ARCHITECTURE.md ("Rules"), one constant each. */
final class ArchitectureRules {

    static final String ROOT = "io.purplemcp";
    private static final String PORTS = ROOT + ".ports..";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String BOOTSTRAP = ROOT + ".bootstrap..";
    private static final String ADAPTERS = ROOT + ".adapters..";
    private static final String SENTINELONE = ROOT + ".adapters.sentinelone..";
    private static final String MCP_PROTOCOL = ROOT + ".adapters.mcp.protocol..";
    private static final String MCP_STDIO = ROOT + ".adapters.mcp.stdio..";
    private static final String MCP_HTTP = ROOT + ".adapters.mcp.http..";
    private static final String SANDBOX = ROOT + ".sandbox..";
    private static final String TEST_SUPPORT = ROOT + ".testsupport..";

    private ArchitectureRules() {}

    /** The core is plain Java plus Jackson's tree model: everything it may touch is listed. */
    @ArchTest
    static final ArchRule CORE_IS_PLAIN_JAVA = classes()
            .that()
            .resideInAnyPackage(PORTS, DOMAIN)
            .should()
            .onlyDependOnClassesThat(isAllowedInTheCore())
            .because("ports and domain never touch I/O, logging, threads or Jackson's parsers (docs/ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule CORE_STARTS_NO_THREADS = noClasses()
            .that()
            .resideInAnyPackage(PORTS, DOMAIN)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Thread.class)
            .orShould()
            .dependOnClassesThat()
            .haveNameMatching("java\\.util\\.(concurrent\\.(Executor.*|ThreadPoolExecutor|ForkJoinPool|"
                    + "ScheduledExecutorService|CompletableFuture)|Timer)")
            .because("the core owns no threads or executors; adapters and bootstrap do");

    @ArchTest
    static final ArchRule ONLY_BOOTSTRAP_READS_THE_PROCESS_CONFIGURATION = noClasses()
            .that()
            .resideOutsideOfPackage(BOOTSTRAP)
            .should()
            .callMethodWhere(readsProcessConfiguration())
            .because("only bootstrap reads the environment or system properties; every other class gets"
                    + " explicit settings through its constructor");

    @ArchTest
    static final ArchRule ADAPTERS_DO_NOT_USE_THE_DOMAIN = noClasses()
            .that()
            .resideInAPackage(ADAPTERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DOMAIN, BOOTSTRAP)
            .because("adapters speak to the core through ports only");

    @ArchTest
    static final ArchRule DOMAIN_USES_ONLY_PORTS = noClasses()
            .that()
            .resideInAnyPackage(PORTS, DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTERS, BOOTSTRAP, SANDBOX)
            .because("the core knows no adapter");

    @ArchTest
    static final ArchRule PORTS_USE_NOTHING_OF_OURS = noClasses()
            .that()
            .resideInAPackage(PORTS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DOMAIN, ADAPTERS, BOOTSTRAP, SANDBOX)
            .because("ports are the contracts everything else depends on");

    /** Each adapter may use only the adapters the module graph allows: the MCP transports use the MCP core. */
    @ArchTest
    static final ArchRule ADAPTERS_ARE_INDEPENDENT = adaptersAreIndependent(Map.of(
            SENTINELONE, Set.of(MCP_PROTOCOL, MCP_STDIO, MCP_HTTP, SANDBOX),
            MCP_PROTOCOL, Set.of(SENTINELONE, MCP_STDIO, MCP_HTTP, SANDBOX),
            MCP_STDIO, Set.of(SENTINELONE, MCP_HTTP, SANDBOX),
            MCP_HTTP, Set.of(SENTINELONE, MCP_STDIO, SANDBOX)));

    @ArchTest
    static final ArchRule SANDBOX_STANDS_ALONE = noClasses()
            .that()
            .resideInAPackage(SANDBOX)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PORTS, DOMAIN, ADAPTERS, BOOTSTRAP)
            .because("the sandbox imitates the console from the outside; only bootstrap (for --demo) uses it")
            .allowEmptyShould(true);

    /** test-support is a main-source artifact that modules take in test scope; nothing shipped may need it. */
    @ArchTest
    static final ArchRule PRODUCTION_CODE_NEVER_USES_TEST_SUPPORT = noClasses()
            .that()
            .resideOutsideOfPackage(TEST_SUPPORT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(TEST_SUPPORT)
            .because("test fakes and harnesses live in test-support, which is on no production class path");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES =
            slices().matching(ROOT + ".(**)").should().beFreeOfCycles().because("no package cycles anywhere");

    @ArchTest
    static final ArchRule NO_STATIC_MUTABLE_STATE = fields().that()
            .areStatic()
            .and()
            .areDeclaredInClassesThat()
            .resideInAPackage(ROOT + "..")
            .should()
            .beFinal()
            .because("no static mutable state, no singletons: objects get what they need through constructors");

    @ArchTest
    static final ArchRule ONLY_STDIO_AND_BOOTSTRAP_USE_STANDARD_STREAMS = noClasses()
            .that()
            .resideOutsideOfPackages(MCP_STDIO, BOOTSTRAP)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("stdout carries MCP frames; everything else logs through slf4j to stderr");

    @ArchTest
    static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses()
            .that()
            .resideOutsideOfPackage(BOOTSTRAP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.util.logging..")
            // GeneralCodingRules.USE_JAVA_UTIL_LOGGING only sees logger fields, not a call to Logger.getLogger().
            .because("logging goes through slf4j so that redaction sees every line");

    private static ArchRule adaptersAreIndependent(Map<String, Set<String>> forbidden) {
        ArchRule rule = null;
        for (var entry : forbidden.entrySet()) {
            var next = noClasses()
                    .that()
                    .resideInAPackage(entry.getKey())
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(entry.getValue().toArray(String[]::new))
                    .because("adapters never depend on each other, the MCP transports on the MCP core excepted")
                    // A module may not have grown its first class yet; the rule must hold once it does.
                    .allowEmptyShould(true);
            rule = rule == null
                    ? next
                    : com.tngtech.archunit.lang.CompositeArchRule.of(rule).and(next);
        }
        return rule;
    }

    private static DescribedPredicate<JavaClass> isAllowedInTheCore() {
        return new DescribedPredicate<>("are plain JDK types, ports, domain or Jackson's tree model") {
            @Override
            public boolean test(JavaClass type) {
                var name = type.getName();
                var packageName = type.getPackageName();
                return type.isPrimitive()
                        || (type.isArray() && test(type.getBaseComponentType()))
                        || packageName.startsWith(ROOT + ".ports")
                        || packageName.startsWith(ROOT + ".domain")
                        || packageName.equals("java.lang")
                        || packageName.startsWith("java.lang.invoke") // records' and lambdas' bootstrap methods
                        || packageName.equals("java.lang.runtime")
                        || packageName.startsWith("java.util")
                        || packageName.startsWith("java.time")
                        || packageName.equals("java.math")
                        || name.equals("com.fasterxml.jackson.databind.JsonNode")
                        || packageName.equals("com.fasterxml.jackson.databind.node");
            }
        };
    }

    private static DescribedPredicate<JavaMethodCall> readsProcessConfiguration() {
        var readers = Map.of(
                "java.lang.System", Set.of("getenv", "getProperty", "getProperties"),
                "java.lang.Boolean", Set.of("getBoolean"),
                "java.lang.Integer", Set.of("getInteger"),
                "java.lang.Long", Set.of("getLong"));
        return new DescribedPredicate<>("read the environment or system properties") {
            @Override
            public boolean test(JavaMethodCall call) {
                var names = readers.get(call.getTargetOwner().getName());
                return names != null && names.contains(call.getName());
            }
        };
    }
}
