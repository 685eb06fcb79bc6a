package io.purplemcp.adapters.sentinelone.findings;

import java.util.Objects;
import java.util.Set;

/**
 * How one findings API is spoken: its operation and root-field names, how it names ids, whether its notes
 * are paged, how it writes absent values, and the newer schema parts an older console may lack.
 *
 * @param name the API's name in messages and logs, e.g. {@code alerts}
 * @param type the record type in operation names, e.g. {@code Alert} ({@code GetAlert})
 * @param types its plural in operation names, e.g. {@code Alerts} ({@code ListAlerts})
 * @param record the root field of one record, e.g. {@code alert}
 * @param recordIdVariable the variable holding that record's id, e.g. {@code alertId} ({@code alert(id: $alertId)})
 * @param records the root field of a page of records, e.g. {@code alerts}
 * @param findingIdArgument the argument and variable naming the finding of notes and history, e.g. {@code alertId}
 * @param pagedNotes whether notes come as a connection with {@code first}/{@code after}; otherwise as
 *     {@code { data [...] }}
 * @param explicitNulls whether absent values are sent as explicit nulls (variables and filter inputs)
 * @param views whether the listing takes a {@code viewType} argument
 * @param optionalFields record fields an older console may lack; the first request selects them
 * @param matchIn whether the filter input has {@code matchIn} (fulltext_in)
 */
public record FindingsApi(
        String name,
        String type,
        String types,
        String record,
        String recordIdVariable,
        String records,
        String findingIdArgument,
        boolean pagedNotes,
        boolean explicitNulls,
        boolean views,
        Set<String> optionalFields,
        boolean matchIn) {

    /** The schema name of the view argument, also the feature name when a console lacks it. */
    public static final String VIEW_TYPE = "viewType";

    public FindingsApi {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(recordIdVariable, "recordIdVariable");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(findingIdArgument, "findingIdArgument");
        optionalFields = Set.copyOf(optionalFields);
    }

    /** Unified Alerts Management. */
    public static FindingsApi alerts() {
        return new FindingsApi(
                "alerts",
                "Alert",
                "Alerts",
                "alert",
                "alertId",
                "alerts",
                "alertId",
                false,
                true,
                true,
                Set.of("dataSources"),
                false);
    }

    /** XSPM vulnerabilities. */
    public static FindingsApi vulnerabilities() {
        return new FindingsApi(
                "vulnerabilities",
                "Vulnerability",
                "Vulnerabilities",
                "vulnerability",
                "id",
                "vulnerabilities",
                "vulnerabilityId",
                true,
                false,
                false,
                Set.of(),
                true);
    }

    /** XSPM misconfigurations. */
    public static FindingsApi misconfigurations() {
        return new FindingsApi(
                "misconfigurations",
                "Misconfiguration",
                "Misconfigurations",
                "misconfiguration",
                "id",
                "misconfigurations",
                "misconfigurationId",
                true,
                false,
                true,
                Set.of(),
                true);
    }

    /** {@code alertNotes}, {@code vulnerabilityNotes}. */
    String notes() {
        return record + "Notes";
    }

    /** {@code alertHistory}, {@code vulnerabilityHistory}. */
    String history() {
        return record + "History";
    }
}
