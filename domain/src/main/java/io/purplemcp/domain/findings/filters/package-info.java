/**
 * The {@code filters} argument of the search tools: a JSON array of filter objects, checked against
 * limits and the family's filter types, with the lenient value reading clients of the reference rely
 * on, turned into typed {@link io.purplemcp.ports.out.findings.Filter}s.
 */
package io.purplemcp.domain.findings.filters;
