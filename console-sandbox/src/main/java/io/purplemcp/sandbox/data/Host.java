package io.purplemcp.sandbox.data;

/**
 * An endpoint of the synthetic tenant.
 *
 * @param name the endpoint name, e.g. {@code fin-ws-0142} or {@code dc01.corp.example}
 * @param osFamily {@code windows}, {@code macos} or {@code linux}
 * @param osName the operating system as the console shows it
 * @param ipAddress its private address
 * @param site the console site it belongs to
 * @param agentUuid the agent's id
 */
public record Host(String name, String osFamily, String osName, String ipAddress, String site, String agentUuid) {}
