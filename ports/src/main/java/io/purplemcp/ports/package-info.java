/**
 * The contracts of the core. {@code tools} is what the MCP side drives (the inbound port); the
 * other packages are what the core needs from the outside (outbound ports). Only values and
 * interfaces live here, so every adapter can be swapped without touching the behaviour.
 */
package io.purplemcp.ports;
