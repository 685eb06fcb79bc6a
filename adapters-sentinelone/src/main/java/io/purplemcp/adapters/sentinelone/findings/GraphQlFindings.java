package io.purplemcp.adapters.sentinelone.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.sentinelone.graphql.GraphQlClient;
import io.purplemcp.adapters.sentinelone.graphql.GraphQlRequest;
import io.purplemcp.ports.out.findings.CursorPageRequest;
import io.purplemcp.ports.out.findings.FindingId;
import io.purplemcp.ports.out.findings.Findings;
import io.purplemcp.ports.out.findings.FindingsPage;
import io.purplemcp.ports.out.findings.ListRequest;
import io.purplemcp.ports.out.findings.PageInfo;
import io.purplemcp.ports.out.findings.Selection;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Findings} over one findings GraphQL API.
 *
 * <p>Schema fallback: a request that uses a newer schema part (the {@code viewType} argument, an optional
 * field such as {@code dataSources}) and fails with a GraphQL schema error ("Cannot query field", "Unknown
 * argument", "Field does not exist", "Unknown directive") is sent again without the parts the error names,
 * or without all of them when it names none, within the same deadline. Named parts are remembered as
 * missing for this endpoint for a while. A view left out this way is reported as ignored.
 */
public final class GraphQlFindings implements Findings {

    /** How long a schema part found missing is left out before it is tried again. */
    public static final Duration CAPABILITY_MEMORY = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlFindings.class);
    private static final List<String> SCHEMA_ERRORS =
            List.of("cannot query field", "unknown argument", "field does not exist", "unknown directive");

    private final FindingsApi api;
    private final GraphQlClient graphql;
    private final SchemaCapabilities capabilities;
    private final Duration capabilityMemory;

    public GraphQlFindings(FindingsApi api, GraphQlClient graphql, Clock clock) {
        this(api, graphql, clock, CAPABILITY_MEMORY);
    }

    public GraphQlFindings(FindingsApi api, GraphQlClient graphql, Clock clock, Duration capabilityMemory) {
        this.api = Objects.requireNonNull(api, "api");
        this.graphql = Objects.requireNonNull(graphql, "graphql");
        this.capabilities = new SchemaCapabilities(clock, capabilityMemory);
        this.capabilityMemory = capabilityMemory;
    }

    @Override
    public Optional<ObjectNode> get(FindingId id, Selection fields, Instant deadline)
            throws UpstreamException, InterruptedException {
        var answer = withFallback(
                FindingsDocuments.optionalFieldsIn(api, fields),
                missing -> FindingsDocuments.get(api, id, fields, missing),
                deadline);
        var record = root(answer.data(), api.record());
        return record.isObject() && !record.isEmpty() ? Optional.of((ObjectNode) record) : Optional.empty();
    }

    @Override
    public FindingsPage list(ListRequest request, Instant deadline) throws UpstreamException, InterruptedException {
        var parts = new HashSet<>(FindingsDocuments.optionalFieldsIn(api, request.fields()));
        boolean view = request.view().isPresent() && api.views();
        if (view) {
            parts.add(FindingsApi.VIEW_TYPE);
        }
        if (request.search()) {
            LOG.debug(
                    "{} search filters={} first={} has_after={}",
                    api.name(),
                    request.filters().size(),
                    request.page().first(),
                    request.page().after().isPresent());
        }
        var answer = withFallback(parts, missing -> FindingsDocuments.list(api, request, missing), deadline);
        return connection(answer.data(), api.records(), view && answer.missing().contains(FindingsApi.VIEW_TYPE));
    }

    @Override
    public FindingsPage notes(FindingId id, Selection fields, Optional<CursorPageRequest> page, Instant deadline)
            throws UpstreamException, InterruptedException {
        var data = graphql.execute(FindingsDocuments.notes(api, id, fields, page), deadline);
        if (!api.pagedNotes()) {
            var notes = root(data, api.notes());
            return notes.isObject() ? ConnectionReader.list(api.name(), notes) : FindingsPage.empty();
        }
        return connection(data, api.notes(), false);
    }

    @Override
    public FindingsPage history(FindingId id, Selection fields, CursorPageRequest page, Instant deadline)
            throws UpstreamException, InterruptedException {
        var data = graphql.execute(FindingsDocuments.history(api, id, fields, page), deadline);
        return connection(data, api.history(), false);
    }

    private FindingsPage connection(ObjectNode data, String field, boolean viewIgnored) throws UpstreamException {
        var connection = root(data, field);
        if (connection.isNull()) {
            return new FindingsPage(List.of(), PageInfo.single(), OptionalLong.empty(), viewIgnored);
        }
        if (!connection.isObject()) {
            throw malformed(field + " is not an object");
        }
        return ConnectionReader.connection(api.name(), connection, viewIgnored);
    }

    private static JsonNode root(ObjectNode data, String field) throws UpstreamException {
        var value = data.get(field);
        if (value == null) {
            throw malformed("the answer has no " + field);
        }
        return value;
    }

    /** The data of the first request the console accepted, and the schema parts left out to get it. */
    private record Answer(ObjectNode data, Set<String> missing) {}

    private Answer withFallback(Set<String> parts, Function<Set<String>, GraphQlRequest> request, Instant deadline)
            throws UpstreamException, InterruptedException {
        var missing = new HashSet<>(capabilities.missing());
        missing.retainAll(parts);
        while (true) {
            try {
                return new Answer(graphql.execute(request.apply(Set.copyOf(missing)), deadline), Set.copyOf(missing));
            } catch (UpstreamException e) {
                var used = new HashSet<>(parts);
                used.removeAll(missing);
                if (used.isEmpty() || !isSchemaError(e.failure())) {
                    throw e;
                }
                var named = used.stream()
                        .filter(part -> names(e.failure().detail(), part))
                        .toList();
                if (named.isEmpty()) {
                    LOG.info(
                            "{} API: schema error; retrying without {} ({})",
                            api.name(),
                            used,
                            e.failure().detail());
                    missing.addAll(used);
                } else {
                    LOG.info("{} API lacks {}; leaving it out for {}", api.name(), named, capabilityMemory);
                    capabilities.markMissing(named);
                    missing.addAll(named);
                }
            }
        }
    }

    private static boolean isSchemaError(UpstreamFailure failure) {
        if (!(failure instanceof UpstreamFailure.QueryError)) {
            return false;
        }
        var detail = failure.detail().toLowerCase(Locale.ROOT);
        return SCHEMA_ERRORS.stream().anyMatch(detail::contains);
    }

    /** Whether an error text names {@code part} in quotes, as GraphQL servers do. */
    static boolean names(String detail, String part) {
        return Pattern.compile("[\"'`]" + Pattern.quote(part) + "[\"'`]")
                .matcher(detail)
                .find();
    }

    private static UpstreamException malformed(String detail) {
        return new UpstreamException(new UpstreamFailure.MalformedResponse(detail));
    }
}
