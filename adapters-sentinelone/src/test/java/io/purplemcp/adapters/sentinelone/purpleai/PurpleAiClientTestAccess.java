package io.purplemcp.adapters.sentinelone.purpleai;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.ports.out.upstream.UpstreamException;

final class PurpleAiClientTestAccess {

    private PurpleAiClientTestAccess() {}

    /** {@code data} without any {@code purpleLaunchQuery} key. */
    static String missingLaunch(ObjectMapper json) throws Exception {
        try {
            PurpleAiClient.interpret(json.readTree("{\"other\":1}"));
        } catch (UpstreamException e) {
            return e.failure().detail();
        }
        throw new AssertionError("no failure");
    }
}
