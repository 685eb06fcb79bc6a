/**
 * The SentinelOne console as the core's outbound ports. Bootstrap builds one
 * {@link io.purplemcp.adapters.sentinelone.SentinelOneConsole} from a
 * {@link io.purplemcp.adapters.sentinelone.ConsoleSettings} and hands its port implementations to the
 * core; everything below shares one pooled HTTP client.
 */
package io.purplemcp.adapters.sentinelone;
