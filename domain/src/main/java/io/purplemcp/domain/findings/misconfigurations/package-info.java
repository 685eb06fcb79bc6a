/** The misconfigurations family: XSPM misconfigurations' fields, views, filter types and guidance. */
package io.purplemcp.domain.findings.misconfigurations;
