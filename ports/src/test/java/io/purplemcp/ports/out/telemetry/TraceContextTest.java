package io.purplemcp.ports.out.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceContextTest {

    private static final String VALID = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    @Test
    void aValidTraceparentIsRead() {
        var trace = TraceContext.parse(" " + VALID + " ", "vendor=abc").orElseThrow();

        assertThat(trace.traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(trace.spanId()).isEqualTo("b7ad6b7169203331");
        assertThat(trace.flags()).isEqualTo("01");
        assertThat(trace.traceState()).isEqualTo("vendor=abc");
        assertThat(trace.traceparent()).isEqualTo(VALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "garbage",
                "01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", // only version 00 is understood
                "00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01", // uppercase hex
                "00-00000000000000000000000000000000-b7ad6b7169203331-01", // all-zero trace id
                "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01", // all-zero span id
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-1", // short flags
                "00-0af7651916cd43dd8448eb211c80319-b7ad6b7169203331-01", // short trace id
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-extra",
                "00_0af7651916cd43dd8448eb211c80319c_b7ad6b7169203331_01",
                "00-0af7651916cd43dd8448eb211c80319g-b7ad6b7169203331-01" // not hex
            })
    void anInvalidTraceparentIsIgnored(String value) {
        assertThat(TraceContext.parse(value, "vendor=abc")).isEmpty();
    }

    @Test
    void absentTraceparentMeansNoTrace() {
        assertThat(TraceContext.parse(null, "vendor=abc")).isEmpty();
    }

    @Test
    void aTracestateWithControlCharactersOrBeyondTheLimitIsDropped() {
        assertThat(TraceContext.parse(VALID, "a=b\r\nX-Injected: yes")
                        .orElseThrow()
                        .traceState())
                .isEmpty();
        assertThat(TraceContext.parse(VALID, "a=" + "x".repeat(600))
                        .orElseThrow()
                        .traceState())
                .isEmpty();
        assertThat(TraceContext.parse(VALID, null).orElseThrow().traceState()).isEmpty();
    }

    @Test
    void aChildKeepsTheTraceWithANewSpan() {
        var parent = TraceContext.parse(VALID, "v=1").orElseThrow();

        var child = parent.child();

        assertThat(child.traceId()).isEqualTo(parent.traceId());
        assertThat(child.spanId()).hasSize(16).isNotEqualTo(parent.spanId()).matches("[0-9a-f]{16}");
        assertThat(child.flags()).isEqualTo("01");
        assertThat(child.traceState()).isEqualTo("v=1");
        assertThat(TraceContext.parse(child.traceparent(), "v=1")).contains(child);
    }

    @Test
    void aThreadScopeIsCurrentUntilClosedAndThenRestoresThePrevious() {
        var scope = TraceScope.perThread();
        var outer = TraceContext.parse(VALID, null).orElseThrow();
        var inner = outer.child();

        var first = scope.enter(outer);
        var second = scope.enter(inner);
        assertThat(scope.current()).contains(inner);
        second.close();
        assertThat(scope.current()).contains(outer);
        first.close();
        assertThat(scope.current()).isEmpty();
        assertThat(TraceScope.none().current()).isEmpty();
    }
}
