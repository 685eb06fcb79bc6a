package io.purplemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackHostTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost",
                "LOCALHOST",
                "LocalHost",
                "localhost.localdomain",
                "LOCALHOST.LOCALDOMAIN",
                "127.0.0.1",
                "127.0.0.2",
                "127.255.255.255",
                "::1",
                "0:0:0:0:0:0:0:1",
                "::ffff:127.0.0.1",
                "::FFFF:127.1.2.3",
                "0:0:0:0:0:ffff:127.0.0.1",
                "::ffff:7f00:1"
            })
    void loopback(String host) {
        assertThat(LoopbackHost.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "0.0.0.0",
                "8.8.8.8",
                "192.168.1.1",
                "192.168.1.100",
                "10.0.0.1",
                "128.0.0.1",
                "2001:4860:4860::8888",
                "::",
                "::2",
                "::ffff:10.0.0.1",
                "example.com",
                "not-a-real-host",
                "ip6-localhost",
                "[::1]",
                "127.0.0.01",
                "127.0.0",
                "127.0.0.1.5",
                "127.0.0.256",
                "127.0.0.1 ",
                "::1::",
                "1:2:3:4:5:6:7:8:9",
                "::1%lo",
                ":1",
                "localhost."
            })
    void notLoopback(String host) {
        assertThat(LoopbackHost.isLoopback(host)).isFalse();
    }
}
