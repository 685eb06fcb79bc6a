/** The {@code purple_ai} tool: one question to SentinelOne's Purple AI assistant, one answer. */
package io.purplemcp.domain.purpleai;
