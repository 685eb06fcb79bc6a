package io.purplemcp.bootstrap.cli;

/**
 * The stderr texts of the loopback binding rule and the remote-access opt-in
 * (docs/decisions/0006-startup-binding-and-cli-messages.md).
 */
public final class BindingMessages {

    private static final String RULE = "=".repeat(80);

    private BindingMessages() {}

    /** Printed, before binding, when the host is not loopback and remote access was not allowed. */
    public static String refusal(String host) {
        return RULE + "\n"
                + "SECURITY ERROR: Refusing to bind to non-loopback interface '" + host + "'\n"
                + RULE + "\n"
                + "The MCP tools have no authentication. Binding to a network interface would expose them\n"
                + "to the network: anyone who can reach this address could invoke tools remotely, and\n"
                + "data exfiltration through the console token this process holds becomes possible.\n"
                + "\n"
                + "To continue, either:\n"
                + "  1. bind to loopback (recommended): --host localhost\n"
                + "  2. pass --allow-remote-access if you understand the risk and an authenticating\n"
                + "     reverse proxy protects this server\n";
    }

    /** Printed before starting when remote access is allowed and the host is not loopback. */
    public static String remoteAccessWarning(String host, int port) {
        return RULE + "\n"
                + "WARNING: RUNNING IN REMOTE ACCESS MODE\n"
                + RULE + "\n"
                + "Binding to " + host + ":" + port + ", which may be reachable from the network.\n"
                + "\n"
                + "SECURITY RISKS:\n"
                + "  - This is an unauthenticated HTTP/SSE interface: any client that can reach it is served\n"
                + "  - Every registered tool can be called remotely\n"
                + "  - Service tokens and credentials held by this process may be reachable through tool calls\n"
                + "  - Data exfiltration is possible while the process holds valid tokens\n"
                + "\n"
                + "RECOMMENDED PROTECTIONS:\n"
                + "  - Restrict access with a firewall to trusted IP addresses\n"
                + "  - Put an authenticating reverse proxy in front of this server\n"
                + "  - Apply network policies that isolate this service\n"
                + "  - Monitor for unexpected tool calls\n"
                + RULE + "\n";
    }
}
