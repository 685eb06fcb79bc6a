package io.purplemcp.adapters.sentinelone.datalake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.sentinelone.http.Exchange;
import io.purplemcp.adapters.sentinelone.http.JsonBodies;
import io.purplemcp.adapters.sentinelone.http.Response;
import io.purplemcp.adapters.sentinelone.http.UpstreamHttp;
import io.purplemcp.ports.out.datalake.DataLake;
import io.purplemcp.ports.out.datalake.LaunchedQuery;
import io.purplemcp.ports.out.datalake.QueryHandle;
import io.purplemcp.ports.out.datalake.QueryRequest;
import io.purplemcp.ports.out.datalake.QueryStatus;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link DataLake} over the console's SDL API ({@code <console>/sdl/v2/api/queries}). */
public final class SdlDataLake implements DataLake {

    static final String FORWARD_TAG = "X-Dataset-Query-Forward-Tag";

    private static final Logger LOG = LoggerFactory.getLogger(SdlDataLake.class);

    private final UpstreamHttp http;
    private final URI queries;
    private final String authorization;
    private final QueryResultReader reader;
    private final ObjectMapper json;

    /**
     * @param sdlBase the SDL API root, {@code <console>/sdl}
     * @param authorization the complete {@code Authorization} header ({@code Bearer <token>})
     */
    public SdlDataLake(UpstreamHttp http, URI sdlBase, String authorization) {
        this.http = Objects.requireNonNull(http, "http");
        this.queries = URI.create(stripSlash(sdlBase.toString()) + "/v2/api/queries");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.json = http.json();
        this.reader = new QueryResultReader(json);
    }

    @Override
    public LaunchedQuery launch(QueryRequest request, Instant deadline) throws UpstreamException, InterruptedException {
        if (http.settings().logPayloads()) {
            LOG.debug("launching PowerQuery query={} start={} end={}", request.query(), request.start(), request.end());
        } else {
            LOG.debug("launching PowerQuery query_length={}", request.query().length());
        }
        var exchange = new Exchange(
                "sdl.launch",
                "POST",
                queries,
                Map.of("Authorization", authorization),
                Optional.of(launchBody(request)),
                // Never twice: a repeated launch would start a second query nobody deletes.
                Exchange.RetryMode.UNLESS_ACCEPTED,
                http.settings().timeouts().dataLakeRequest(),
                Optional.of(this::deleteLateLaunch));
        var response = http.send(exchange, deadline);
        var tag = response.headers().firstValue(FORWARD_TAG);
        QueryResultReader.Answer answer;
        try {
            answer = reader.read(response.body().stream());
        } catch (QueryResultReader.Unreadable e) {
            // The console may have started the query all the same: stop it when the answer says which.
            if (e.id().isPresent() && tag.isPresent() && !tag.get().isBlank()) {
                delete(new QueryHandle(e.id().get(), tag.get()));
            }
            throw malformed("the launch answer could not be read: " + e.getMessage());
        }
        if (tag.isEmpty() || tag.get().isBlank()) {
            // Without the tag the query can be neither followed nor deleted; the console expires it.
            throw malformed("the launch answer carried no " + FORWARD_TAG + " header, so the query cannot be followed");
        }
        if (answer.id().isEmpty() || answer.id().get().isBlank()) {
            throw malformed("the launch answer carried no query id");
        }
        var handle = new QueryHandle(answer.id().get(), tag.get());
        LOG.debug("PowerQuery launched steps={}", describe(answer.status()));
        return new LaunchedQuery(handle, answer.status());
    }

    @Override
    public QueryStatus poll(QueryHandle query, long lastStepSeen, Instant deadline)
            throws UpstreamException, InterruptedException {
        var exchange = new Exchange(
                "sdl.poll",
                "GET",
                URI.create(queryUri(query) + "?lastStepSeen=" + lastStepSeen),
                Map.of("Authorization", authorization, FORWARD_TAG, query.forwardTag()),
                Optional.empty(),
                Exchange.RetryMode.IDEMPOTENT,
                http.settings().timeouts().dataLakeRequest(),
                Optional.empty());
        var response = http.send(exchange, deadline);
        try {
            var status = reader.read(response.body().stream()).status();
            LOG.debug(
                    "PowerQuery polled steps={} bytes={}",
                    describe(status),
                    response.body().length());
            return status;
        } catch (QueryResultReader.Unreadable e) {
            throw malformed("a poll answer could not be read: " + e.getMessage());
        }
    }

    @Override
    public void delete(QueryHandle query) {
        http.sendAndForget(new Exchange(
                "sdl.delete",
                "DELETE",
                URI.create(queryUri(query)),
                Map.of("Authorization", authorization, FORWARD_TAG, query.forwardTag()),
                Optional.empty(),
                Exchange.RetryMode.NEVER,
                http.settings().timeouts().delete(),
                Optional.empty()));
    }

    /** A launch whose caller stopped waiting still started a query: delete it once its answer names it. */
    private void deleteLateLaunch(Response response) {
        if (!response.isSuccess()) {
            return;
        }
        var tag = response.headers().firstValue(FORWARD_TAG).filter(t -> !t.isBlank());
        try (var in = response.body().stream()) {
            var id = reader.read(in).id().filter(i -> !i.isBlank());
            if (id.isPresent() && tag.isPresent()) {
                LOG.debug("deleting a PowerQuery whose launch answer arrived after the call ended");
                delete(new QueryHandle(id.get(), tag.get()));
            }
        } catch (QueryResultReader.Unreadable | IOException e) {
            LOG.debug(
                    "a late launch answer could not be read error={}",
                    e.getClass().getSimpleName());
        }
    }

    private String queryUri(QueryHandle query) {
        return queries + "/"
                + URLEncoder.encode(query.id(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private byte[] launchBody(QueryRequest request) {
        var body = json.createObjectNode();
        body.put("startTime", Long.toString(request.start().toEpochMilli()));
        body.put("endTime", Long.toString(request.end().toEpochMilli()));
        body.put("queryType", "PQ");
        body.put("queryPriority", "LOW");
        body.putObject("pq")
                .put("query", request.query())
                .put("resultType", "TABLE")
                .put("frequency", "LOW");
        return JsonBodies.write(json, body, "a launch request");
    }

    private static String describe(QueryStatus status) {
        if (status instanceof QueryStatus.Progress progress) {
            return progress.stepsCompleted() + "/" + progress.totalSteps() + " rows="
                    + progress.page().map(p -> p.rows().size()).orElse(0);
        }
        return "failed";
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static UpstreamException malformed(String detail) {
        return new UpstreamException(new UpstreamFailure.MalformedResponse(detail));
    }
}
