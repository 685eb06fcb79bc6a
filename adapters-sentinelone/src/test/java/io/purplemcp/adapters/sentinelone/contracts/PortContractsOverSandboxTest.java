package io.purplemcp.adapters.sentinelone.contracts;

import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.ports.out.datalake.DataLake;
import io.purplemcp.ports.out.datalake.QueryRequest;
import io.purplemcp.ports.out.findings.Findings;
import io.purplemcp.ports.out.inventory.AssetInventory;
import io.purplemcp.ports.out.purpleai.PurpleAi;
import io.purplemcp.testsupport.contracts.AssetInventoryContract;
import io.purplemcp.testsupport.contracts.DataLakeContract;
import io.purplemcp.testsupport.contracts.FindingsContract;
import io.purplemcp.testsupport.contracts.PurpleAiContract;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Every outbound port's contract (test-support's {@code contracts}) run against the console adapter
 * over the sandbox; the domain's tests run the same contracts against their fakes, so a fake that
 * drifts from what the adapter does fails there. One sandbox and one client serve every clause: the
 * contracts only read, and starting a sandbox per clause would cost more than all of them. The class
 * runs alone, one clause at a time: its sandbox's estate and requests would otherwise compete with the
 * tests elsewhere in the module that time their requests against deadlines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Isolated
@Execution(ExecutionMode.SAME_THREAD)
class PortContractsOverSandboxTest {

    private final SandboxFixture fixture = new SandboxFixture();
    private final SentinelOneConsole console = fixture.console();

    @AfterAll
    void close() {
        fixture.close();
    }

    @Nested
    class Alerts extends FindingsContract {
        @Override
        protected Findings findings() {
            return console.alerts();
        }
    }

    @Nested
    class Vulnerabilities extends FindingsContract {
        @Override
        protected Findings findings() {
            return console.vulnerabilities();
        }
    }

    @Nested
    class Misconfigurations extends FindingsContract {
        @Override
        protected Findings findings() {
            return console.misconfigurations();
        }
    }

    @Nested
    class Inventory extends AssetInventoryContract {
        @Override
        protected AssetInventory inventory() {
            return console.inventory();
        }
    }

    @Nested
    class PowerQuery extends DataLakeContract {
        @Override
        protected DataLake dataLake() {
            return console.dataLake();
        }

        @Override
        protected QueryRequest queryWithRows() {
            return new QueryRequest(
                    "event.type = 'Process Creation' | group count = count() by src.process.name | limit 5",
                    Instant.parse("2026-01-14T00:00:00Z"),
                    Instant.parse("2026-01-15T00:00:00Z"));
        }
    }

    @Nested
    class PurpleAiAnswers extends PurpleAiContract {
        @Override
        protected PurpleAi purpleAi() {
            return console.purpleAi();
        }
    }
}
