/** The vulnerabilities family: XSPM vulnerabilities' fields, filter types and guidance. */
package io.purplemcp.domain.findings.vulnerabilities;
