package io.purplemcp.adapters.sentinelone.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An optional HTTP proxy for HTTPS tunnelling ({@code CONNECT}) and the hosts that bypass it.
 *
 * @param proxy the proxy, or empty to connect directly
 * @param noProxy the {@code NO_PROXY} entries: {@code *} for every host; {@code example.com} for that host
 *     and its subdomains; {@code .example.com} the same; an IP address for itself; an optional
 *     {@code :port} restricts an entry to that port
 */
public record ProxySettings(Optional<Address> proxy, List<String> noProxy) {

    public ProxySettings {
        Objects.requireNonNull(proxy, "proxy");
        noProxy = List.copyOf(noProxy);
    }

    public static ProxySettings direct() {
        return new ProxySettings(Optional.empty(), List.of());
    }

    public static ProxySettings via(String host, int port, List<String> noProxy) {
        return new ProxySettings(Optional.of(new Address(host, port)), noProxy);
    }

    /** A proxy's host name or address and port. */
    public record Address(String host, int port) {
        public Address {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("a proxy needs a host");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("proxy port out of range: " + port);
            }
        }
    }
}
