package io.purplemcp.adapters.mcp.http.auth;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is on the other end. {@code X-Forwarded-For} is believed only when the connection comes from a
 * configured proxy, and then only as far as the proxies reach: the rightmost address that is not one
 * of ours is the client (anything further left was written by the client and proves nothing).
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Set<InetAddress> trustedProxies;

    /** @param trustedProxies IP literals of the proxies in front of us; empty trusts no forwarded header */
    public ClientAddresses(List<String> trustedProxies) {
        var addresses = new HashSet<InetAddress>();
        for (var proxy : trustedProxies) {
            addresses.add(literal(proxy.strip())
                    .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + proxy)));
        }
        this.trustedProxies = Set.copyOf(addresses);
    }

    public String resolve(InetSocketAddress peer, List<String> forwardedFor) {
        var address = peer == null ? null : peer.getAddress();
        if (address == null) {
            return "unknown";
        }
        if (!trustedProxies.contains(address) || forwardedFor == null || forwardedFor.isEmpty()) {
            return address.getHostAddress();
        }
        var hops = new ArrayList<String>();
        forwardedFor.forEach(header -> {
            for (var hop : header.split(",")) {
                hops.add(hop.strip());
            }
        });
        var client = address;
        for (int i = hops.size() - 1; i >= 0; i--) {
            var hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                break; // a garbled entry: stop at the last address we could vouch for
            }
            client = hop.get();
            if (!trustedProxies.contains(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /** Parses an IP literal without ever asking DNS. */
    static Optional<InetAddress> literal(String text) {
        var bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(bare).matches() && !IPV6.matcher(bare).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
