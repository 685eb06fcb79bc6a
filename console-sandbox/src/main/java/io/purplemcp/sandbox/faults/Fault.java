package io.purplemcp.sandbox.faults;

/**
 * One parsed {@code sandbox:fault=…} marker.
 *
 * @param kind what goes wrong
 * @param status the HTTP status, for {@link FaultKind#STATUS}; 0 otherwise
 * @param phase the request it hits (the mode's default when the marker names none)
 * @param times how many matching requests it hits before it wears off; 0 means every one
 * @param marker the marker as written, for the request log
 */
public record Fault(FaultKind kind, int status, Phase phase, int times, String marker) {

    /** Whether the marker named its phase ({@code @get}); families with one request per call treat a fault without one as aimed at any request. */
    public boolean phaseGiven() {
        return marker.contains("@");
    }
}
