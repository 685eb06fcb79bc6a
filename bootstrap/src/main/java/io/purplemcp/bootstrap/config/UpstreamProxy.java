package io.purplemcp.bootstrap.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The corporate proxy for connections to the console, from {@code PURPLEMCP_HTTPS_PROXY} or the
 * conventional {@code HTTPS_PROXY}, with the hosts {@code NO_PROXY} exempts.
 *
 * @param address the proxy's host and port; empty means direct connections
 * @param noProxy host names (and {@code .domain} suffixes, {@code *}) reached without the proxy
 */
public record UpstreamProxy(Optional<Address> address, List<String> noProxy) {

    public UpstreamProxy {
        Objects.requireNonNull(address, "address");
        noProxy = List.copyOf(noProxy);
    }

    public static UpstreamProxy direct() {
        return new UpstreamProxy(Optional.empty(), List.of());
    }

    public record Address(String host, int port) {
        public Address {
            Objects.requireNonNull(host, "host");
        }
    }
}
