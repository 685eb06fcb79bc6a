/**
 * The one HTTP client every SentinelOne call shares: TLS policy (verification always on unless the
 * bypass is allowed, extra CAs added to the JDK's trust), proxy selection, per-call deadlines
 * enforced to the last body byte, capped bodies, retries of what is safe to retry, credentials and
 * user agent on every request, sanitised logging, and the mapping of HTTP outcomes to the core's
 * upstream failures.
 */
package io.purplemcp.adapters.sentinelone.http;
