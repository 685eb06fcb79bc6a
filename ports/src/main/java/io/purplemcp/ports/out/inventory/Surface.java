package io.purplemcp.ports.out.inventory;

/** The parts of the estate the console groups assets by. */
public enum Surface {
    /** Hosts with an agent: workstations, servers, computers. */
    ENDPOINT,
    /** Cloud resources: AWS, Azure, Google Cloud. */
    CLOUD,
    /** Directory entities: Active Directory and Entra ID users, groups and computers. */
    IDENTITY,
    /** Devices found by network discovery (Ranger). */
    NETWORK_DISCOVERY
}
