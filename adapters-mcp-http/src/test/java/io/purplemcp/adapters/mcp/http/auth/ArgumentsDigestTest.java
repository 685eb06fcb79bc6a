package io.purplemcp.adapters.mcp.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgumentsDigestTest {

    @Test
    void memberOrderDoesNotMatterButValuesDo() throws Exception {
        var a = TestKeys.JSON.readTree("{\"b\":[1,{\"y\":true,\"x\":null}],\"a\":\"text\",\"n\":1.50}");
        var b = TestKeys.JSON.readTree("{\"a\":\"text\",\"n\":1.50,\"b\":[1,{\"x\":null,\"y\":true}]}");
        var c = TestKeys.JSON.readTree("{\"a\":\"text\",\"n\":1.50,\"b\":[{\"x\":null,\"y\":true},1]}");
        assertThat(ArgumentsDigest.sha256(a))
                .isEqualTo(ArgumentsDigest.sha256(b))
                .hasSize(64);
        assertThat(ArgumentsDigest.sha256(a)).isNotEqualTo(ArgumentsDigest.sha256(c));
        // The SHA-256 of "{}": a call without arguments is recognisable.
        assertThat(ArgumentsDigest.sha256(TestKeys.JSON.readTree("{}")))
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    }
}
