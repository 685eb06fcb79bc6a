package io.purplemcp.adapters.mcp.http.archfixture;

import io.purplemcp.testsupport.tools.ScriptedTools;

/** Deliberately serves a test catalogue from production code; only the architecture tests load it. */
public class TransportUsingTestSupport {

    public Object tools() {
        return ScriptedTools.forTransports();
    }
}
