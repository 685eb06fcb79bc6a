package io.purplemcp.adapters.sentinelone.archfixture;

import io.purplemcp.adapters.mcp.protocol.Messages;
import io.purplemcp.domain.tools.ToolFailure;

/** Deliberately reaches into the domain and another adapter; only the architecture tests load it. */
public class AdapterUsingTheDomain {

    public RuntimeException wrong() {
        Messages.parseError();
        return new ToolFailure("adapters must not use the domain");
    }
}
