package io.purplemcp.sandbox.sdl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.data.CellType;
import io.purplemcp.sandbox.data.SyntheticTenant;
import io.purplemcp.sandbox.faults.FaultInjector;
import io.purplemcp.sandbox.faults.FaultKind;
import io.purplemcp.sandbox.faults.MarkerException;
import io.purplemcp.sandbox.faults.Markers;
import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.http.ErrorStyle;
import io.purplemcp.sandbox.http.Reply;
import io.purplemcp.sandbox.http.Request;
import io.purplemcp.sandbox.http.RequiredAuthorization;
import io.purplemcp.sandbox.http.Router;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The SDL long-running query API: launch ({@code POST /sdl/v2/api/queries}), poll
 * ({@code GET …/<id>?lastStepSeen=n}) and delete ({@code DELETE …/<id>}), with the forward-tag header
 * and the QueryResult model of the spec (§3.5, §3.6).
 */
public final class SdlQueriesEndpoint {

    /** The launch path; poll and delete append {@code /<id>}. */
    public static final String QUERIES_PATH = "/sdl/v2/api/queries";
    /** The routing header every poll and delete must echo from the launch response. */
    public static final String FORWARD_TAG = "X-Dataset-Query-Forward-Tag";

    private static final Set<FaultKind> SDL_FAULTS = FaultKind.transportAnd(
            FaultKind.QUERY_ERROR, FaultKind.NEVER_FINISHES, FaultKind.NO_FORWARD_TAG, FaultKind.NULL_ID);
    private static final Set<Phase> SDL_PHASES = EnumSet.of(Phase.LAUNCH, Phase.POLL, Phase.DELETE);
    private static final Set<String> FLAGS = Set.of("paged", "partial");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private final ObjectMapper json;
    private final TableBuilder tables;
    private final FaultInjector faults;
    private final SdlSettings settings;
    private final Map<String, RunningQuery> running = new ConcurrentHashMap<>();
    private final AtomicInteger launched = new AtomicInteger();
    private final AtomicInteger deleted = new AtomicInteger();

    public SdlQueriesEndpoint(ObjectMapper json, SyntheticTenant tenant, FaultInjector faults, SdlSettings settings) {
        this.json = json;
        this.tables = new TableBuilder(tenant);
        this.faults = faults;
        this.settings = settings;
    }

    /** Adds the three routes, all guarded by the credentials (the SDL wants {@code Bearer}). */
    public void register(Router router, RequiredAuthorization credentials) {
        router.add("POST", Pattern.quote(QUERIES_PATH), credentials, this::launch);
        var oneQuery = Pattern.quote(QUERIES_PATH + "/") + "([^/]+)";
        router.add("GET", oneQuery, credentials, request -> toRunningQuery(request, this::poll));
        router.add("DELETE", oneQuery, credentials, request -> toRunningQuery(request, this::delete));
    }

    /** Queries accepted by a launch request. */
    public int launched() {
        return launched.get();
    }

    /** Queries removed by a DELETE. */
    public int deleted() {
        return deleted.get();
    }

    /** Queries launched and not deleted (complete or not): what a client left behind upstream. */
    public int running() {
        return running.size();
    }

    private Reply launch(Request request) {
        JsonNode body;
        try {
            body = request.jsonObject(json);
        } catch (Request.NotAJsonObject e) {
            return ErrorStyle.SDL.reply(e.status(), e.getMessage());
        }
        var problems = new ArrayList<String>();
        var start = epochMillis(body, "startTime", problems);
        var end = epochMillis(body, "endTime", problems);
        if (start >= 0 && end >= 0 && end <= start) {
            problems.add("endTime must be later than startTime");
        }
        expectText(body, "queryType", List.of("PQ"), true, problems);
        expectText(body, "queryPriority", List.of("LOW", "HIGH"), false, problems);
        var pq = body.get("pq");
        var query = "";
        if (pq == null || !pq.isObject()) {
            problems.add("pq must be an object with the query");
        } else {
            if (pq.path("query").isTextual()) {
                query = pq.get("query").textValue();
            } else {
                problems.add("pq.query must be a string");
            }
            expectText(pq, "resultType", List.of("TABLE"), false, problems);
            expectText(pq, "frequency", List.of("LOW", "HIGH"), false, problems);
        }
        if (body.has("tenant") && !body.get("tenant").isBoolean()) {
            problems.add("tenant must be a boolean");
        }
        if (!problems.isEmpty()) {
            return ErrorStyle.SDL.reply(400, String.join("; ", problems));
        }
        Markers markers;
        try {
            markers = Markers.parse(query, FLAGS).requireApplicable("the SDL", SDL_FAULTS, SDL_PHASES);
        } catch (MarkerException e) {
            return ErrorStyle.SDL.reply(400, e.getMessage());
        }
        var text = query;
        var fault = faults.select(markers, Phase.LAUNCH, "launch\u0000" + text);
        return faults.apply(fault, ErrorStyle.SDL, request.path(), () -> start(text, markers, start, end));
    }

    private Reply start(String query, Markers markers, long startMillis, long endMillis) {
        var number = launched.incrementAndGet();
        var id = UUID.nameUUIDFromBytes(("sandbox-query-" + number).getBytes(StandardCharsets.UTF_8))
                .toString();
        var tag = String.format(Locale.ROOT, "G%08x-sandbox-pq-%02d", id.hashCode(), number % 100);
        var totalSteps = Math.max(1, settings.pollsToComplete());
        var neverFinishes = markers.first(FaultKind.NEVER_FINISHES);
        // Markers and spacing do not change what a query means, nor its rows.
        var stripped = Markers.strip(query).replaceAll("\\s+", " ").strip();
        var runningQuery = new RunningQuery(
                id,
                tag,
                query,
                QueryPlan.of(stripped),
                markers,
                seed(stripped),
                startMillis,
                endMillis,
                new RunningQuery.Steps(totalSteps, neverFinishes.isPresent() ? totalSteps - 1 : totalSteps));
        running.put(id, runningQuery);
        var queryError = markers.first(FaultKind.QUERY_ERROR, Phase.LAUNCH);
        RunningQuery.Progress progress;
        if (queryError.isPresent()) {
            progress = runningQuery.fail();
        } else if (settings.pollsToComplete() == 0) {
            progress = runningQuery.complete();
        } else {
            progress = runningQuery.progress();
        }
        var noTag = markers.first(FaultKind.NO_FORWARD_TAG);
        var nullId = markers.first(FaultKind.NULL_ID);
        var reply = Reply.json(
                200,
                noTag.isPresent() ? Map.of() : Map.of(FORWARD_TAG, tag),
                result(runningQuery, progress, nullId.isPresent() ? null : id));
        return injected(
                reply,
                queryError
                        .or(() -> noTag)
                        .or(() -> nullId)
                        .or(() -> neverFinishes)
                        .map(f -> f.marker()));
    }

    private Reply poll(Request request, String id, RunningQuery query) {
        var lastStepSeen = request.queryParameter("lastStepSeen");
        if (lastStepSeen.isEmpty() || !DIGITS.matcher(lastStepSeen.get()).matches()) {
            return ErrorStyle.SDL.reply(400, "lastStepSeen must be given as a non-negative integer");
        }
        var seen = Long.parseLong(lastStepSeen.get());
        var current = query.progress().stepsCompleted();
        if (seen > current) {
            return ErrorStyle.SDL.reply(
                    400, "lastStepSeen=" + seen + " is ahead of the query (stepsCompleted=" + current + ")");
        }
        var fault = faults.select(query.markers(), Phase.POLL, "poll\u0000" + id);
        return faults.apply(fault, ErrorStyle.SDL, request.path(), () -> {
            var queryError = query.markers().first(FaultKind.QUERY_ERROR, Phase.POLL);
            var progress = queryError.isPresent() ? query.fail() : query.advance();
            var reply = Reply.json(200, Map.of(FORWARD_TAG, query.forwardTag()), result(query, progress, id));
            var neverFinishes = query.markers().first(FaultKind.NEVER_FINISHES);
            return injected(reply, queryError.or(() -> neverFinishes).map(f -> f.marker()));
        });
    }

    private Reply delete(Request request, String id, RunningQuery query) {
        var fault = faults.select(query.markers(), Phase.DELETE, "delete\u0000" + id);
        return faults.apply(fault, ErrorStyle.SDL, request.path(), () -> {
            if (!running.remove(id, query)) {
                return notFound(id);
            }
            deleted.incrementAndGet();
            return Reply.empty(204);
        });
    }

    private interface QueryHandler {
        Reply handle(Request request, String id, RunningQuery query);
    }

    /** Hands a poll or delete to {@code handler} once the query it names is running and the forward tag matches. */
    private Reply toRunningQuery(Request request, QueryHandler handler) {
        var id = request.pathGroups().get(0);
        var query = running.get(id);
        if (query == null) {
            return notFound(id);
        }
        return forwardTagProblem(request, query).orElseGet(() -> handler.handle(request, id, query));
    }

    private static Reply notFound(String id) {
        return ErrorStyle.SDL.reply(404, "Query " + id + " not found: unknown, expired or deleted");
    }

    private static Optional<Reply> forwardTagProblem(Request request, RunningQuery query) {
        var tag = request.header(FORWARD_TAG);
        if (tag.isEmpty()) {
            return Optional.of(ErrorStyle.SDL.reply(400, FORWARD_TAG + " header is required"));
        }
        if (!tag.get().equals(query.forwardTag())) {
            return Optional.of(ErrorStyle.SDL.reply(400, FORWARD_TAG + " does not match the launch response's tag"));
        }
        return Optional.empty();
    }

    private static Reply injected(Reply reply, Optional<String> marker) {
        return marker.<Reply>map(m -> new Reply.Injected(m, reply)).orElse(reply);
    }

    private byte[] result(RunningQuery query, RunningQuery.Progress progress, String id) {
        var node = json.createObjectNode();
        if (id == null) {
            node.putNull("id");
        } else {
            node.put("id", id);
        }
        node.put("stepsCompleted", progress.stepsCompleted());
        node.put("totalSteps", query.totalSteps());
        var range = node.putObject("resolvedTimeRange");
        range.put("start", query.startMillis());
        range.put("end", query.endMillis());
        node.put("cpuUsage", progress.stepsCompleted() * 41_000_000L);
        var data = data(query, progress);
        if (data == null) {
            node.putNull("data");
        } else {
            node.set("data", data);
        }
        if (progress.failed()) {
            var error = node.putObject("error");
            var marker = query.markers()
                    .first(FaultKind.QUERY_ERROR)
                    .map(f -> f.marker())
                    .orElse("");
            error.put("message", "Syntax error at position 0: unexpected token '|' (injected by " + marker + ")");
            error.putNull("details");
        } else {
            node.putNull("error");
        }
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode data(RunningQuery query, RunningQuery.Progress progress) {
        var steps = progress.stepsCompleted();
        var total = query.totalSteps();
        var paged = query.markers().has("paged");
        if (progress.failed() || steps == 0 || !paged && steps < total) {
            return null;
        }
        var limit = query.plan().limit().orElse(settings.defaultRows());
        var table = tables.build(
                query.plan(),
                query.seed(),
                query.startMillis(),
                query.endMillis(),
                Math.min(limit, settings.maxRows()));
        var rows = table.rows();
        if (paged) {
            var n = rows.size();
            rows = rows.subList((int) ((long) (steps - 1) * n / total), (int) ((long) steps * n / total));
        }
        var partial = query.markers().has("partial");
        var data = json.createObjectNode();
        data.put("matchCount", table.matchCount());
        var values = data.putArray("values");
        for (var row : rows) {
            var cells = values.addArray();
            for (var cell : row) {
                addCell(cells, cell);
            }
        }
        var columns = data.putArray("columns");
        for (var column : table.columns()) {
            var node = columns.addObject();
            node.put("name", column.name());
            node.put("cellType", column.type().name());
            if (column.type() == CellType.NUMBER) {
                node.put("decimalPlaces", column.decimalPlaces());
            }
        }
        data.put("keyColumns", table.keyColumns());
        data.put("omittedEvents", partial ? Math.floor(table.matchCount() * 0.4) : 0.0);
        data.put("partialResultsDueToTimeLimit", partial);
        data.put("discardedArrayItems", 0);
        var warnings = data.putArray("warnings");
        if (partial) {
            warnings.add("Results are partial: the query reached its time limit before all events were scanned.");
        }
        return data;
    }

    private static void addCell(ArrayNode cells, Object cell) {
        if (cell instanceof Long number) {
            cells.add(number.longValue());
        } else if (cell instanceof Integer number) {
            cells.add(number.intValue());
        } else if (cell instanceof Double number) {
            cells.add(number.doubleValue());
        } else if (cell == null) {
            cells.addNull();
        } else {
            cells.add(String.valueOf(cell));
        }
    }

    private static long epochMillis(JsonNode body, String field, List<String> problems) {
        var value = body.get(field);
        if (value != null
                && value.isTextual()
                && DIGITS.matcher(value.textValue()).matches()) {
            return Long.parseLong(value.textValue());
        }
        if (value != null && value.canConvertToExactIntegral() && value.asLong() >= 0) {
            return value.asLong();
        }
        problems.add(field + " must be epoch milliseconds as a decimal string");
        return -1;
    }

    private static void expectText(
            JsonNode node, String field, List<String> allowed, boolean required, List<String> problems) {
        var value = node.get(field);
        if (value == null) {
            if (required) {
                problems.add(field + " is required");
            }
            return;
        }
        if (!value.isTextual() || !allowed.contains(value.textValue())) {
            problems.add(field + " must be one of " + allowed + " in the sandbox, not " + value);
        }
    }

    /** FNV-1a: a stable 64-bit hash of the query text. */
    static long seed(String text) {
        var hash = 0xcbf29ce484222325L;
        for (var b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
