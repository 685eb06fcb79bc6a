/** Time the core waits for: it reads the time from {@link java.time.Clock} and pauses through {@link io.purplemcp.ports.time.Sleeper}. */
package io.purplemcp.ports.time;
