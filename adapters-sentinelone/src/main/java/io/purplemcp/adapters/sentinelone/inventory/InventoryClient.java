package io.purplemcp.adapters.sentinelone.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.sentinelone.http.Exchange;
import io.purplemcp.adapters.sentinelone.http.JsonBodies;
import io.purplemcp.adapters.sentinelone.http.Response;
import io.purplemcp.adapters.sentinelone.http.UpstreamHttp;
import io.purplemcp.ports.out.inventory.AssetFilter;
import io.purplemcp.ports.out.inventory.AssetId;
import io.purplemcp.ports.out.inventory.AssetInventory;
import io.purplemcp.ports.out.inventory.AssetPage;
import io.purplemcp.ports.out.inventory.OffsetPageRequest;
import io.purplemcp.ports.out.inventory.Pagination;
import io.purplemcp.ports.out.inventory.Surface;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AssetInventory} over the console's inventory REST API.
 *
 * <ul>
 *   <li>list: {@code GET <collection>?limit=<n>&skip=<n>}, or {@code GET <collection>/surface/<surface>?...}
 *       with the surface's name in lower case;
 *   <li>search: {@code POST <collection>} with {@code {"filter": {<criteria in the caller's order>, "limit": n,
 *       "skip": n}}} and no query string;
 *   <li>one asset: the same search with {@code {"id__in": [id]}}, a page of one; a 404 means no such asset.
 * </ul>
 *
 * Every request is a read (the search POST included), so transient failures are retried. Answers are
 * {@code {"data": [...], "pagination": {...}}}: a missing or {@code null} data list reads as empty, odd
 * pagination values as unknown; items are passed on untouched.
 */
public final class InventoryClient implements AssetInventory {

    /** One exchange's time limit, headers and body, as the reference's 30 s per phase. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(InventoryClient.class);
    private static final Pattern WHOLE_NUMBER_TEXT = Pattern.compile("[+-]?[0-9]{1,19}");

    private final UpstreamHttp http;
    private final URI collection;
    private final String authorization;
    private final Duration requestTimeout;
    private final ObjectMapper json;

    /**
     * @param origin the console origin, {@code https://host[:port]} without a trailing slash
     * @param endpoint the collection path; leading and trailing slashes are normalised to one leading slash
     * @param authorization the complete {@code Authorization} header value ({@code Bearer <token>})
     */
    public InventoryClient(
            UpstreamHttp http, String origin, String endpoint, String authorization, Duration requestTimeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.collection = URI.create(Objects.requireNonNull(origin, "origin") + path(endpoint));
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.json = http.json();
    }

    /**
     * The endpoint with all surrounding slashes removed and one leading slash added
     * ({@code web/api/v2.1/xdr/assets/} and {@code ///web/api/v2.1/xdr/assets} both become
     * {@code /web/api/v2.1/xdr/assets}); {@code /} alone is the console's root.
     */
    static String path(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoint.isBlank()) {
            throw new IllegalArgumentException("the inventory endpoint is empty");
        }
        int start = 0;
        int end = endpoint.length();
        while (start < end && endpoint.charAt(start) == '/') {
            start++;
        }
        while (end > start && endpoint.charAt(end - 1) == '/') {
            end--;
        }
        return start == end ? "" : "/" + endpoint.substring(start, end);
    }

    /** The collection URL every request starts from. */
    public URI collection() {
        return collection;
    }

    @Override
    public Optional<JsonNode> asset(AssetId id, Instant deadline) throws UpstreamException, InterruptedException {
        var criteria = json.createObjectNode();
        criteria.putArray("id__in").add(id.value());
        if (http.settings().logPayloads()) {
            LOG.debug("inventory get id={}", id);
        } else {
            LOG.debug("inventory get id_length={}", id.value().length());
        }
        AssetPage page;
        try {
            page = read(http.send(search("inventory.get", criteria, new OffsetPageRequest(1, 0)), deadline));
        } catch (UpstreamException e) {
            if (e.failure() instanceof UpstreamFailure.ClientError client && client.status() == 404) {
                LOG.debug("inventory get answered 404: no such asset");
                return Optional.empty();
            }
            throw e;
        }
        return page.items().stream().filter(item -> !item.isNull()).findFirst();
    }

    @Override
    public AssetPage list(OffsetPageRequest page, Optional<Surface> surface, Instant deadline)
            throws UpstreamException, InterruptedException {
        var path = collection.toString()
                + surface.map(s -> "/surface/" + s.name().toLowerCase(Locale.ROOT))
                        .orElse("");
        LOG.debug(
                "inventory list surface={} limit={} skip={}",
                surface.map(Surface::name).orElse("all"),
                page.limit(),
                page.skip());
        var exchange = new Exchange(
                "inventory.list",
                "GET",
                URI.create(path + "?limit=" + page.limit() + "&skip=" + page.skip()),
                // The reference sends a JSON content type on every inventory request, GET included.
                Map.of("Authorization", authorization, "Content-Type", "application/json"),
                Optional.empty(),
                Exchange.RetryMode.IDEMPOTENT,
                requestTimeout,
                Optional.empty());
        return read(http.send(exchange, deadline));
    }

    @Override
    public AssetPage search(AssetFilter filter, OffsetPageRequest page, Instant deadline)
            throws UpstreamException, InterruptedException {
        var criteria = filter.criteria();
        if (http.settings().logPayloads()) {
            LOG.debug("inventory search filter={} limit={} skip={}", criteria, page.limit(), page.skip());
        } else {
            var keys = new ArrayList<String>();
            criteria.fieldNames().forEachRemaining(keys::add);
            LOG.debug(
                    "inventory search filter_keys={} filter_count={} limit={} skip={}",
                    keys,
                    keys.size(),
                    page.limit(),
                    page.skip());
        }
        return read(http.send(search("inventory.search", criteria, page), deadline));
    }

    private Exchange search(String label, ObjectNode criteria, OffsetPageRequest page) {
        var body = json.createObjectNode();
        var filter = body.putObject("filter");
        filter.setAll(criteria);
        filter.put("limit", page.limit());
        filter.put("skip", page.skip());
        var bytes = JsonBodies.write(json, body, "an inventory search");
        return new Exchange(
                label,
                "POST",
                collection,
                Map.of("Authorization", authorization),
                Optional.of(bytes),
                // A search changes nothing upstream: retrying it is as safe as retrying a GET.
                Exchange.RetryMode.IDEMPOTENT,
                requestTimeout,
                Optional.empty());
    }

    private AssetPage read(Response response) throws UpstreamException {
        var page = page(JsonBodies.read(json, response));
        LOG.debug(
                "inventory answered items={} total_count={}",
                page.items().size(),
                page.pagination().map(Pagination::totalCount).orElse(OptionalLong.empty()));
        return page;
    }

    /** Reads the envelope; the items themselves are the core's to interpret. */
    static AssetPage page(JsonNode answer) throws UpstreamException {
        var body = JsonBodies.object(answer);
        var data = body.get("data");
        List<JsonNode> items;
        if (data == null || data.isNull()) {
            items = List.of();
        } else if (data.isArray()) {
            items = new ArrayList<>(data.size());
            data.forEach(items::add);
        } else {
            throw malformed("data is " + JsonBodies.typeName(data) + ", not a list of assets");
        }
        return new AssetPage(items, pagination(body.get("pagination")));
    }

    private static Optional<Pagination> pagination(JsonNode pagination) {
        if (pagination == null || !pagination.isObject() || pagination.isEmpty()) {
            return Optional.empty();
        }
        var total = pagination.get("totalCount");
        if (total == null || total.isNull()) {
            total = pagination.get("total_count");
        }
        return Optional.of(new Pagination(whole(total), whole(pagination.get("limit")), whole(pagination.get("skip"))));
    }

    /** A whole number from a number or a numeric text; anything else is unknown rather than an error. */
    static OptionalLong whole(JsonNode value) {
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return OptionalLong.of(value.longValue());
        }
        if (value.isFloatingPointNumber() && Double.isFinite(value.doubleValue())) {
            try {
                return OptionalLong.of(BigDecimal.valueOf(value.doubleValue()).longValueExact());
            } catch (ArithmeticException e) {
                return OptionalLong.empty();
            }
        }
        if (value.isTextual()
                && WHOLE_NUMBER_TEXT.matcher(value.textValue().strip()).matches()) {
            try {
                return OptionalLong.of(Long.parseLong(value.textValue().strip()));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    private static UpstreamException malformed(String detail) {
        return new UpstreamException(new UpstreamFailure.MalformedResponse(detail));
    }
}
