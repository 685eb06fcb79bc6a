/** The alerts family: Unified Alerts Management's fields, views, filter types and guidance. */
package io.purplemcp.domain.findings.alerts;
