package io.purplemcp.adapters.mcp.stdio.archfixture;

import io.purplemcp.adapters.sentinelone.archfixture.AdapterUsingTheDomain;
import java.util.logging.Logger;

/** Deliberately logs around slf4j and reaches into another adapter; only the architecture tests load it. */
public class StdioUsingJul {
    public void log() {
        Logger.getLogger("x").info("bypasses redaction");
        new AdapterUsingTheDomain();
    }
}
