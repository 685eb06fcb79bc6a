/**
 * Inbound ports: what drives the core. The MCP adapters call these (the tool catalogue, the resources
 * and prompts); the domain implements them.
 */
package io.purplemcp.ports.in;
