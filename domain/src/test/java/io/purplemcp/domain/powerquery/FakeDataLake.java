package io.purplemcp.domain.powerquery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.out.datalake.Column;
import io.purplemcp.ports.out.datalake.DataLake;
import io.purplemcp.ports.out.datalake.LaunchedQuery;
import io.purplemcp.ports.out.datalake.QueryHandle;
import io.purplemcp.ports.out.datalake.QueryRequest;
import io.purplemcp.ports.out.datalake.QueryStatus;
import io.purplemcp.ports.out.datalake.ResultPage;
import io.purplemcp.ports.out.upstream.UpstreamException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A scripted data lake: answers launch and polls from a script and records every call; an interrupted
 * caller gets {@link InterruptedException}. {@code FakeDataLakeContractTest} holds a script that
 * completes to the same contract as the console adapter.
 */
final class FakeDataLake implements DataLake {

    static final QueryHandle HANDLE = new QueryHandle("q-1", "tag-1");

    /** One scripted answer: a status, or a failure to throw. */
    interface Answer {
        QueryStatus answer() throws UpstreamException, InterruptedException;
    }

    record Poll(QueryHandle handle, long lastStepSeen, Instant deadline) {}

    private Answer launchAnswer = () -> running(0, 1);
    private final Deque<Answer> pollAnswers = new ArrayDeque<>();
    private Answer afterScript = () -> running(0, 1);
    final List<QueryRequest> launches = new ArrayList<>();
    final List<Instant> launchDeadlines = new ArrayList<>();
    final List<Poll> polls = new ArrayList<>();
    final List<QueryHandle> deletes = new ArrayList<>();

    FakeDataLake launchAnswers(Answer answer) {
        launchAnswer = answer;
        return this;
    }

    FakeDataLake thenPolls(Answer... answers) {
        pollAnswers.addAll(List.of(answers));
        return this;
    }

    FakeDataLake thenForever(Answer answer) {
        afterScript = answer;
        return this;
    }

    @Override
    public LaunchedQuery launch(QueryRequest request, Instant deadline) throws UpstreamException, InterruptedException {
        launches.add(request);
        launchDeadlines.add(deadline);
        refuseIfInterrupted();
        return new LaunchedQuery(HANDLE, launchAnswer.answer());
    }

    @Override
    public QueryStatus poll(QueryHandle query, long lastStepSeen, Instant deadline)
            throws UpstreamException, InterruptedException {
        polls.add(new Poll(query, lastStepSeen, deadline));
        refuseIfInterrupted();
        var next = pollAnswers.isEmpty() ? afterScript : pollAnswers.poll();
        return next.answer();
    }

    @Override
    public void delete(QueryHandle query) {
        deletes.add(query);
    }

    private static void refuseIfInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("the call was cancelled");
        }
    }

    static QueryStatus running(long steps, long total) {
        return new QueryStatus.Progress(steps, total, Optional.empty());
    }

    static QueryStatus done(long steps, ResultPage page) {
        return new QueryStatus.Progress(steps, steps, Optional.of(page));
    }

    static ResultPage page(String matchCount, List<String> columns, List<ArrayNode> rows) {
        return new ResultPage(
                new BigDecimal(matchCount),
                columns.stream().map(name -> new Column(name, "STRING")).toList(),
                rows,
                List.of(),
                Optional.empty(),
                OptionalLong.empty(),
                Optional.empty());
    }

    static ArrayNode row(Object... cells) {
        var row = JsonNodeFactory.instance.arrayNode();
        for (var cell : cells) {
            if (cell == null) {
                row.addNull();
            } else if (cell instanceof String text) {
                row.add(text);
            } else if (cell instanceof Integer number) {
                row.add(number);
            } else if (cell instanceof Long number) {
                row.add(number);
            } else if (cell instanceof Double number) {
                row.add(number);
            } else if (cell instanceof Boolean flag) {
                row.add(flag);
            } else {
                row.add((com.fasterxml.jackson.databind.JsonNode) cell);
            }
        }
        return row;
    }

    static List<ArrayNode> numberedRows(int count) {
        var rows = new ArrayList<ArrayNode>();
        for (int i = 0; i < count; i++) {
            rows.add(row(i, "r" + i));
        }
        return rows;
    }
}
