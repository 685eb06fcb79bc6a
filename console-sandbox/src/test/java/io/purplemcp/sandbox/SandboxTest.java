package io.purplemcp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;

/**
 * A sandbox console and a client trusting it. The console lives as long as the test instance: one per test by
 * default, one per class where the class asks for {@code @TestInstance(PER_CLASS)} (tests that do not count what the
 * console saw can share it, and starting it is the slow part).
 */
abstract class SandboxTest {

    @AutoClose
    final SandboxConsole console;

    final SandboxClient client;

    SandboxTest(SandboxOptions options) {
        try {
            console = SandboxConsole.start(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = new SandboxClient(console);
    }

    SandboxTest() {
        this(SandboxOptions.defaults());
    }

    /** The body of a 200 answer. */
    final JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return client.read(response);
    }

    /** The {@code data} of a GraphQL answer that has no errors. */
    final JsonNode data(HttpResponse<String> response) {
        var body = ok(response);
        assertThat(body.has("errors")).as("errors in %s", response.body()).isFalse();
        return body.get("data");
    }

    static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Field names written as a GraphQL selection writes them, {@code "id name severity"}, in their order. */
    static String[] names(String selection) {
        return selection.split(" ");
    }

    static List<String> messages(JsonNode body) {
        return body.path("errors").findValuesAsText("message");
    }
}
