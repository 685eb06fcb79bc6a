/**
 * The console's findings (alerts, vulnerabilities, misconfigurations) as the core needs them: one
 * record, a page of records, a finding's notes and its history. One {@link
 * io.purplemcp.ports.out.findings.Findings} per family; the core chooses the fields (a {@link
 * io.purplemcp.ports.out.findings.Selection} of plain names only) and the filters (typed values), the adapter
 * writes the request and reads the answer leniently.
 */
package io.purplemcp.ports.out.findings;
