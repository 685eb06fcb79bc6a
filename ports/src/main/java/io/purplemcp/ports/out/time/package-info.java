/** Time the core waits for: it reads the time from {@link java.time.Clock} and pauses through {@link io.purplemcp.ports.out.time.Sleeper}. */
package io.purplemcp.ports.out.time;
