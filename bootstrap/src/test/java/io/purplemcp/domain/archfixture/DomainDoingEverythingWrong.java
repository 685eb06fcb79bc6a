package io.purplemcp.domain.archfixture;

import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import java.net.URI;
import java.util.concurrent.Executors;

/** Deliberately breaks the core's rules; only the architecture tests load it. */
public class DomainDoingEverythingWrong {

    public static int calls;

    public String everythingForbidden() {
        calls++;
        Executors.newSingleThreadExecutor().shutdown();
        new Thread(() -> {}).start();
        System.out.println("stdout belongs to the stdio transport");
        new JsonCodec();
        return URI.create("https://example.test").getHost() + System.getenv("PURPLEMCP_ENV");
    }
}
