package io.purplemcp.adapters.mcp.http;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The DNS-rebinding defence: a web page may only reach this server from a loopback (or configured)
 * origin, and only under a host name we answer to. A rebinding attack arrives with the attacker's
 * host name in {@code Host}; a hostile page arrives with its own {@code Origin}.
 */
final class OriginHostPolicy {

    private static final Set<String> LOOPBACK_HOSTS =
            Set.of("localhost", "127.0.0.1", "[::1]", "localhost.localdomain");
    private static final Set<String> LOOPBACK_ORIGIN_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final boolean checkHost;
    private final List<HostAndPort> extraHosts;
    private final Set<String> extraOrigins = new HashSet<>();

    OriginHostPolicy(HttpTransportSettings settings) {
        // Behind a proxy the public name is unknown unless configured; with remote access on and no
        // names given, checking would lock every remote client out.
        this.checkHost =
                !(settings.remoteAccess() && settings.extraAllowedHosts().isEmpty());
        this.extraHosts = settings.extraAllowedHosts().stream()
                .map(entry -> HostAndPort.parse(entry).orElseThrow())
                .toList();
        settings.extraAllowedOrigins()
                .forEach(entry ->
                        extraOrigins.add(WebOrigin.parse(entry).orElseThrow().canonical()));
    }

    /** Requests without {@code Origin} come from non-browser clients and are normal. */
    boolean allowsOrigin(String origin) {
        if (origin == null) {
            return true;
        }
        return WebOrigin.parse(origin)
                .map(parsed -> LOOPBACK_ORIGIN_HOSTS.contains(parsed.authority().host())
                        || extraOrigins.contains(parsed.canonical()))
                .orElse(false);
    }

    boolean allowsHost(String host) {
        if (!checkHost) {
            return true;
        }
        return HostAndPort.parse(host)
                .map(parsed -> LOOPBACK_HOSTS.contains(parsed.host())
                        || extraHosts.stream()
                                .anyMatch(allowed -> allowed.host().equals(parsed.host())
                                        && (allowed.port() < 0 || allowed.port() == parsed.port())))
                .orElse(false);
    }
}
