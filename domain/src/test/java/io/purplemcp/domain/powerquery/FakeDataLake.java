package io.purplemcp.domain.powerquery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.Arrays;
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
    private static final ObjectMapper CELLS = new ObjectMapper();

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

    /** Jackson turns each cell into the node of its own type (an Integer an int node, a Long a long node). */
    static ArrayNode row(Object... cells) {
        return CELLS.valueToTree(Arrays.asList(cells));
    }

    static List<ArrayNode> numberedRows(int count) {
        var rows = new ArrayList<ArrayNode>();
        for (int i = 0; i < count; i++) {
            rows.add(row(i, "r" + i));
        }
        return rows;
    }
}
