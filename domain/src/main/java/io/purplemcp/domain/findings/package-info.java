/**
 * The 15 findings tools: get, list, search, notes and history for alerts, misconfigurations and
 * vulnerabilities. {@link io.purplemcp.domain.findings.FindingsTools} builds them for bootstrap.
 */
package io.purplemcp.domain.findings;
