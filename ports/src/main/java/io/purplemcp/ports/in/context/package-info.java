/**
 * The inbound port for what a client may read or ask for besides tools: reference documents
 * (MCP resources) and ready-made investigations (MCP prompts). The core writes them from its own
 * catalogues; the MCP side only renders them.
 */
package io.purplemcp.ports.in.context;
