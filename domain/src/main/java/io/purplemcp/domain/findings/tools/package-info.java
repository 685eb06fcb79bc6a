/**
 * The five tools of a findings family (get, list, search, notes, history), written once and
 * parameterised by a {@link io.purplemcp.domain.findings.tools.FindingFamily}: parameters, validation,
 * the call to the family's {@link io.purplemcp.ports.out.findings.Findings} port under a deadline, and the
 * shaping of its answer.
 */
package io.purplemcp.domain.findings.tools;
