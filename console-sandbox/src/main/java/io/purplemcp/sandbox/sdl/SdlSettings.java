package io.purplemcp.sandbox.sdl;

/**
 * How the sandbox's SDL behaves.
 *
 * @param pollsToComplete polls after the launch until a query completes; 0 completes it in the launch response
 * @param defaultRows rows of a query without {@code limit}
 * @param maxRows the most rows any query returns, whatever its {@code limit}
 */
public record SdlSettings(int pollsToComplete, int defaultRows, int maxRows) {}
