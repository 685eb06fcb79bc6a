package io.purplemcp.ports.archfixture;

import io.purplemcp.domain.tools.ToolFailure;

/** Deliberately makes a contract depend on behaviour; only the architecture tests load it. */
public class PortUsingTheDomain {
    public RuntimeException wrong() {
        return new ToolFailure("ports must not know the domain");
    }
}
