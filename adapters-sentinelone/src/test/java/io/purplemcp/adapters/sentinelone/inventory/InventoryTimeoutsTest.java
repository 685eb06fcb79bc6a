package io.purplemcp.adapters.sentinelone.inventory;

import static io.purplemcp.adapters.sentinelone.inventory.InventoryCalls.answer;
import static io.purplemcp.adapters.sentinelone.inventory.InventoryCalls.call;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.failure;
import static io.purplemcp.adapters.sentinelone.testing.StubConsole.hang;
import static io.purplemcp.adapters.sentinelone.testing.StubConsole.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.sentinelone.ConsoleEndpoints;
import io.purplemcp.adapters.sentinelone.http.Credentials;
import io.purplemcp.adapters.sentinelone.http.HttpSettings;
import io.purplemcp.adapters.sentinelone.http.HttpTimeouts;
import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import io.purplemcp.adapters.sentinelone.http.RetrySettings;
import io.purplemcp.adapters.sentinelone.http.TlsSettings;
import io.purplemcp.adapters.sentinelone.http.UpstreamHttp;
import io.purplemcp.adapters.sentinelone.http.UpstreamObservation;
import io.purplemcp.adapters.sentinelone.testing.RecordingSleeper;
import io.purplemcp.adapters.sentinelone.testing.StubConsole;
import io.purplemcp.sandbox.SandboxConsole;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A console that does not answer: each attempt ends at the client's time limit and is retried. */
@Tag("deadline")
class InventoryTimeoutsTest {

    static final Duration ATTEMPT = Duration.ofSeconds(1);

    final StubConsole stub = new StubConsole();
    final RecordingSleeper retries = new RecordingSleeper();
    final UpstreamHttp http = new UpstreamHttp(
            new HttpSettings(
                    HttpSettings.userAgent("9.9.9-test"),
                    TlsSettings.trusting(SandboxConsole.certificatePem()),
                    ProxySettings.direct(),
                    HttpTimeouts.DEFAULTS,
                    RetrySettings.DEFAULTS,
                    HttpSettings.DEFAULT_MAX_BODY_BYTES,
                    false),
            Credentials.of("t"),
            URI.create(stub.baseUrl()),
            retries,
            Clock.systemUTC(),
            new ObjectMapper(),
            UpstreamObservation.none());
    final InventoryClient inventory = inventory(ATTEMPT);

    InventoryClient inventory(Duration attempt) {
        return new InventoryClient(http, stub.baseUrl(), ConsoleEndpoints.DEFAULT_INVENTORY, "Bearer t", attempt);
    }

    @AfterEach
    void close() {
        http.close();
        stub.close();
    }

    @Test
    void twoTimeoutsThenAnAnswer() {
        stub.answer(hang(), hang(), json(200, "{\"data\":[{\"id\":\"a\"}]}"));

        // Long enough for the answering attempt's new TLS connection on a loaded machine.
        assertThat(answer(call(inventory(Duration.ofSeconds(2)), "list_inventory_items"))
                        .get("data"))
                .hasSize(1);
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void aTimeoutOnEveryAttemptIsARequestTimeout() throws InterruptedException {
        stub.otherwise(hang());

        assertThat(failure(call(inventory, "search_inventory_items")))
                .startsWith("Failed to search inventory items: Request timeout: the console did not answer in time: no")
                .endsWith(" within 1 s. Try again later, or ask for fewer assets at once.");
        // Four attempts, three pauses. An attempt the client abandons before its request was read may never
        // show at the stub (the cancelled exchange closes the connection), so the stub's count is a floor.
        assertThat(retries.pauses()).hasSize(3);
        assertThat(stub.awaitRequests(1, Duration.ofSeconds(10))).hasSizeBetween(1, 4);
    }

    @Test
    void theCollectionIsTheOriginAndTheNormalisedEndpoint() {
        assertThat(inventory.collection()).hasToString(stub.baseUrl() + "/web/api/v2.1/xdr/assets");
        assertThat(new InventoryClient(http, stub.baseUrl(), "/", "Bearer t", ATTEMPT).collection())
                .hasToString(stub.baseUrl());
    }
}
