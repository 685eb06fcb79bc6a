package io.purplemcp.sandbox.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.data.Estate;
import io.purplemcp.sandbox.data.SandboxResources;
import io.purplemcp.sandbox.faults.Fault;
import io.purplemcp.sandbox.faults.FaultInjector;
import io.purplemcp.sandbox.faults.FaultKind;
import io.purplemcp.sandbox.faults.MarkedRequest;
import io.purplemcp.sandbox.faults.MarkerException;
import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.http.ErrorStyle;
import io.purplemcp.sandbox.http.Reply;
import io.purplemcp.sandbox.http.Request;
import io.purplemcp.sandbox.http.RequiredAuthorization;
import io.purplemcp.sandbox.http.Router;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The asset inventory (XDR assets) REST API of docs/decisions/0016-inventory-tools.md: {@code GET /web/api/v2.1/xdr/assets?limit&skip}
 * lists every asset, {@code GET …/surface/<endpoint|cloud|identity|network_discovery>?limit&skip} one
 * surface, {@code POST /web/api/v2.1/xdr/assets} with {@code {"filter": {…, "limit": n, "skip": n}}}
 * searches (a get by id is a search with {@code id__in}). Answers are
 * {@code {"data": [...], "pagination": {"totalCount", "limit", "skip"}}}; errors have the shapes of §6.9.
 *
 * <p>Fault markers travel in any string of a search's filter; a listing has none, so it is reached with
 * armed markers. Phases: {@code list} (a GET), {@code search} (a POST), {@code get} (a POST whose filter
 * is one id); a marker without a phase hits any request.
 */
public final class InventoryEndpoint {

    /** The default collection path. */
    public static final String PATH = "/web/api/v2.1/xdr/assets";

    /** The largest page. */
    public static final int MAX_LIMIT = 1000;
    /** The page size when a request gives none. */
    public static final int DEFAULT_LIMIT = 50;

    private static final Map<String, String> SURFACES = Map.of(
            "endpoint", "ENDPOINT", "cloud", "CLOUD", "identity", "IDENTITY", "network_discovery", "NETWORK_DISCOVERY");
    private static final Set<FaultKind> INVENTORY_FAULTS = FaultKind.transportAnd(FaultKind.NULL_DATA);
    private static final Set<Phase> INVENTORY_PHASES = EnumSet.of(Phase.LIST, Phase.SEARCH, Phase.GET);
    private static final String API = "the inventory";
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");

    private final ObjectMapper json;
    private final Estate estate;
    private final FaultInjector faults;
    private final Set<String> knownFields;

    public InventoryEndpoint(ObjectMapper json, Estate estate, FaultInjector faults) {
        this.json = json;
        this.estate = estate;
        this.faults = faults;
        this.knownFields = catalogue();
    }

    /** Adds the routes, guarded by the credentials (the inventory wants {@code Bearer}). */
    public void register(Router router, RequiredAuthorization credentials) {
        router.add("GET", Pattern.quote(PATH), credentials, request -> list(request, Optional.empty()));
        router.add(
                "GET",
                Pattern.quote(PATH + "/surface/") + "([^/]+)",
                credentials,
                request -> list(request, Optional.of(request.pathGroups().get(0))));
        router.add("POST", Pattern.quote(PATH), credentials, this::search);
    }

    private Reply list(Request request, Optional<String> surfaceSegment) {
        String surface = null;
        if (surfaceSegment.isPresent()) {
            surface = SURFACES.get(surfaceSegment.get());
            if (surface == null) {
                return ErrorStyle.INVENTORY.reply(
                        404,
                        "Unknown surface '" + surfaceSegment.get() + "'; known: "
                                + String.join(", ", new TreeSet<>(SURFACES.keySet())));
            }
        }
        var names = new LinkedHashSet<String>();
        if (!request.query().isEmpty()) {
            for (var pair : request.query().split("&", -1)) {
                names.add(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
            }
        }
        names.removeAll(Set.of("limit", "skip"));
        if (!names.isEmpty()) {
            return ErrorStyle.INVENTORY.reply(
                    400, "Unknown query parameters " + names + "; a listing takes limit and skip");
        }
        var limit = integer(request.queryParameter("limit").orElse(null), DEFAULT_LIMIT);
        var skip = integer(request.queryParameter("skip").orElse(null), 0);
        var problem = pagingProblem(limit, skip);
        if (problem.isPresent()) {
            return problem.get();
        }
        Optional<Fault> fault;
        try {
            fault = MarkedRequest.of(faults, request.path(), List.of(), API, INVENTORY_FAULTS, INVENTORY_PHASES)
                    .fault(Phase.LIST);
        } catch (MarkerException e) {
            return ErrorStyle.INVENTORY.reply(400, e.getMessage());
        }
        var assets = surface == null ? estate.assets() : estate.onSurface(surface);
        return answer(request, fault, assets, item -> true, limit.orElseThrow(), skip.orElseThrow());
    }

    private Reply search(Request request) {
        if (!request.hasJsonContentType()) {
            return ErrorStyle.INVENTORY.reply(415, "Content-Type must be application/json");
        }
        if (!request.query().isEmpty()) {
            return ErrorStyle.INVENTORY.reply(
                    400, "a search takes no query parameters; limit and skip go in the filter");
        }
        JsonNode body;
        try {
            body = json.readTree(request.body());
        } catch (IOException e) {
            return ErrorStyle.INVENTORY.reply(400, "the request body is not valid JSON");
        }
        if (body == null
                || !body.isObject()
                || body.size() != 1
                || !body.path("filter").isObject()) {
            return ErrorStyle.INVENTORY.reply(400, "the request body must be {\"filter\": {...}}");
        }
        var filter = ((ObjectNode) body.get("filter")).deepCopy();
        var limit = number(filter.remove("limit"), DEFAULT_LIMIT);
        var skip = number(filter.remove("skip"), 0);
        var problem = pagingProblem(limit, skip);
        if (problem.isPresent()) {
            return problem.get();
        }
        MarkedRequest marked;
        try {
            marked = MarkedRequest.of(
                    faults, request.path(), MarkedRequest.strings(filter), API, INVENTORY_FAULTS, INVENTORY_PHASES);
        } catch (MarkerException e) {
            return ErrorStyle.INVENTORY.reply(400, e.getMessage());
        }
        var stripped = (ObjectNode) MarkedRequest.stripped(filter);
        Predicate<JsonNode> matching;
        try {
            matching = InventoryFilter.compile(stripped, knownFields);
        } catch (InventoryFilter.Invalid e) {
            return ErrorStyle.INVENTORY.reply(400, e.getMessage());
        }
        var phase = stripped.size() == 1 && stripped.path("id__in").size() == 1 ? Phase.GET : Phase.SEARCH;
        var fault = marked.fault(phase);
        return answer(request, fault, estate.assets(), matching, limit.orElseThrow(), skip.orElseThrow());
    }

    /** A page of the assets, or the fault: a transport fault instead of it, a content fault in it. */
    private Reply answer(
            Request request,
            Optional<Fault> fault,
            List<ObjectNode> assets,
            Predicate<JsonNode> matching,
            long limit,
            long skip) {
        return faults.apply(
                fault.filter(f -> f.kind().transport()),
                ErrorStyle.INVENTORY,
                request.path(),
                () -> page(
                        assets,
                        matching,
                        (int) limit,
                        skip,
                        fault.filter(f -> !f.kind().transport())));
    }

    private Reply page(
            List<ObjectNode> assets, Predicate<JsonNode> matching, int limit, long skip, Optional<Fault> content) {
        var body = json.createObjectNode();
        if (content.isPresent() && content.get().kind() == FaultKind.NULL_DATA) {
            body.putNull("data");
            body.putNull("pagination");
            return new Reply.Injected(content.get().marker(), Reply.json(200, body));
        }
        var data = body.putArray("data");
        long total = 0;
        for (var asset : assets) {
            if (matching.test(asset)) {
                if (total >= skip && total - skip < limit) {
                    data.add(asset);
                }
                total++;
            }
        }
        var pagination = body.putObject("pagination");
        pagination.put("totalCount", total);
        pagination.put("limit", limit);
        pagination.put("skip", skip);
        return Reply.json(200, body);
    }

    /** limit 1..1000, skip ≥ 0; an empty result means the value was not an integer. */
    private static Optional<Reply> pagingProblem(Optional<Long> limit, Optional<Long> skip) {
        if (limit.isEmpty() || limit.get() < 1 || limit.get() > MAX_LIMIT) {
            return Optional.of(ErrorStyle.INVENTORY.reply(400, "limit must be an integer between 1 and " + MAX_LIMIT));
        }
        if (skip.isEmpty() || skip.get() < 0) {
            return Optional.of(ErrorStyle.INVENTORY.reply(400, "skip must be a non-negative integer"));
        }
        return Optional.empty();
    }

    /** A 64-bit integer; an empty result means it was not one. */
    private static Optional<Long> integer(String text, long fallback) {
        if (text == null) {
            return Optional.of(fallback);
        }
        if (!INTEGER.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(JsonNode value, long fallback) {
        if (value == null) {
            return Optional.of(fallback);
        }
        return value.canConvertToExactIntegral() && value.canConvertToLong()
                ? Optional.of(value.longValue())
                : Optional.empty();
    }

    private Set<String> catalogue() {
        var fields = new TreeSet<>(SandboxResources.lines(InventoryEndpoint.class, "item-fields.txt"));
        fields.add("cloudProvider");
        return Set.copyOf(fields);
    }
}
