/** What the two XSPM findings families (vulnerabilities, misconfigurations) share: assets, scopes, users, notes, history. */
package io.purplemcp.domain.findings.xspm;
