/**
 * The findings ports over the console's three findings GraphQL APIs (alerts, vulnerabilities,
 * misconfigurations), written once and parameterised by a {@link
 * io.purplemcp.adapters.sentinelone.findings.FindingsApi} profile: the operation documents (fixed text
 * plus a selection of plain names) and their variables, the per-family filter wire form, the lenient
 * reading of answers, and the schema fallback for older consoles whose outcome is remembered per
 * endpoint.
 */
package io.purplemcp.adapters.sentinelone.findings;
