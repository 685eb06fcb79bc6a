/**
 * Outbound ports: what the core, and the adapters around it, need from outside. The domain calls the
 * console's capabilities (findings, inventory, data lake, Purple AI) and gets their failures as
 * {@code upstream} types; adapters or bootstrap implement them, and telemetry, waiting and redaction.
 */
package io.purplemcp.ports.out;
