package io.purplemcp.bootstrap.cli;

import java.util.Locale;

/**
 * Whether a bind host is loopback (docs/decisions/0006-startup-binding-and-cli-messages.md). Purely lexical: no name
 * is resolved, so a host name that merely resolves to 127.0.0.1 does not count, and the answer never depends on DNS.
 */
public final class LoopbackHost {

    private LoopbackHost() {}

    public static boolean isLoopback(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.equals("localhost.localdomain")) {
            return true;
        }
        if (lower.indexOf(':') >= 0) {
            int[] groups = ipv6Groups(lower);
            return groups != null && isIpv6Loopback(groups);
        }
        int[] octets = ipv4Octets(lower);
        return octets != null && octets[0] == 127;
    }

    private static boolean isIpv6Loopback(int[] groups) {
        for (int i = 0; i < 5; i++) {
            if (groups[i] != 0) {
                return false;
            }
        }
        if (groups[5] == 0 && groups[6] == 0 && groups[7] == 1) {
            return true; // ::1
        }
        return groups[5] == 0xffff && (groups[6] >> 8) == 127; // ::ffff:127.x.y.z
    }

    /** Four decimal octets without leading zeros, or null. */
    static int[] ipv4Octets(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty()
                    || part.length() > 3
                    || (part.length() > 1 && part.charAt(0) == '0')
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            octets[i] = Integer.parseInt(part);
            if (octets[i] > 255) {
                return null;
            }
        }
        return octets;
    }

    /** The eight 16-bit groups of an IPv6 literal (with optional IPv4 tail), or null. */
    static int[] ipv6Groups(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        String head = doubleColon < 0 ? text : text.substring(0, doubleColon);
        String tail = doubleColon < 0 ? "" : text.substring(doubleColon + 2);
        int[] headGroups = groups(head);
        int[] tailGroups = groups(tail);
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int count = headGroups.length + tailGroups.length;
        if (doubleColon < 0 ? count != 8 : count > 7) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(headGroups, 0, all, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, all, 8 - tailGroups.length, tailGroups.length);
        return all;
    }

    /** Colon-separated hex groups; the last may be a dotted IPv4 address counting as two groups. */
    private static int[] groups(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        int[] ipv4 = ipv4Octets(parts[parts.length - 1]);
        int[] result = new int[parts.length + (ipv4 == null ? 0 : 1)];
        for (int i = 0; i < parts.length - (ipv4 == null ? 0 : 1); i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(LoopbackHost::isHexDigit)) {
                return null;
            }
            result[i] = Integer.parseInt(part, 16);
        }
        if (ipv4 != null) {
            result[result.length - 2] = (ipv4[0] << 8) | ipv4[1];
            result[result.length - 1] = (ipv4[2] << 8) | ipv4[3];
        }
        return result;
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
}
