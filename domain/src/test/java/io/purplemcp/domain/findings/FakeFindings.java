package io.purplemcp.domain.findings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.findings.CursorPageRequest;
import io.purplemcp.ports.out.findings.FindingId;
import io.purplemcp.ports.out.findings.Findings;
import io.purplemcp.ports.out.findings.FindingsEdge;
import io.purplemcp.ports.out.findings.FindingsPage;
import io.purplemcp.ports.out.findings.ListRequest;
import io.purplemcp.ports.out.findings.PageInfo;
import io.purplemcp.ports.out.findings.Selection;
import io.purplemcp.ports.out.upstream.UpstreamException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A findings port for the domain's tests that records what it was asked. It answers what the test
 * scripted, or, once {@link #holding holding} records, as a console holding them would (cursors,
 * field selection, lookup by id); either way an interrupted caller gets {@link InterruptedException}.
 * {@code FakeFindingsContractTest} holds it to the same contract as the console adapter.
 */
final class FakeFindings implements Findings {

    /** What the port was asked, in order: the method and its arguments. */
    record Request(String method, Optional<FindingId> id, Selection fields, Object page, Instant deadline) {}

    interface Answer<T> {
        T answer() throws UpstreamException, InterruptedException;
    }

    final List<Request> requests = new ArrayList<>();
    final List<ListRequest> lists = new ArrayList<>();
    Answer<Optional<ObjectNode>> record = Optional::empty;
    Answer<FindingsPage> page = FindingsPage::empty;
    private List<ObjectNode> held;

    /** Answers from {@code records}, in their order, instead of the scripted answers. */
    FakeFindings holding(List<ObjectNode> records) {
        held = records.stream().map(ObjectNode::deepCopy).toList();
        return this;
    }

    @Override
    public Optional<ObjectNode> get(FindingId id, Selection fields, Instant deadline)
            throws UpstreamException, InterruptedException {
        requests.add(new Request("get", Optional.of(id), fields, null, deadline));
        refuseIfInterrupted();
        if (held != null) {
            return held.stream()
                    .filter(node -> node.path("id").asText().equals(id.value()))
                    .findFirst()
                    .map(node -> selected(node, fields));
        }
        return record.answer();
    }

    @Override
    public FindingsPage list(ListRequest request, Instant deadline) throws UpstreamException, InterruptedException {
        requests.add(new Request("list", Optional.empty(), request.fields(), request.page(), deadline));
        lists.add(request);
        refuseIfInterrupted();
        if (held != null) {
            if (request.search() || request.view().isPresent()) {
                throw new UnsupportedOperationException("the fake's held records are listed plainly only");
            }
            return pageOf(request.fields(), request.page());
        }
        return page.answer();
    }

    @Override
    public FindingsPage notes(FindingId id, Selection fields, Optional<CursorPageRequest> page, Instant deadline)
            throws UpstreamException, InterruptedException {
        requests.add(new Request("notes", Optional.of(id), fields, page, deadline));
        refuseIfInterrupted();
        return this.page.answer();
    }

    @Override
    public FindingsPage history(FindingId id, Selection fields, CursorPageRequest page, Instant deadline)
            throws UpstreamException, InterruptedException {
        requests.add(new Request("history", Optional.of(id), fields, page, deadline));
        refuseIfInterrupted();
        return this.page.answer();
    }

    private static void refuseIfInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("the call was cancelled");
        }
    }

    /** A page whose cursors are the records' positions, as opaque to the caller as the console's. */
    private FindingsPage pageOf(Selection fields, CursorPageRequest request) {
        int from = request.after().map(cursor -> Integer.parseInt(cursor) + 1).orElse(0);
        int to = Math.min(from + request.first(), held.size());
        var edges = new ArrayList<FindingsEdge>();
        for (int i = from; i < to; i++) {
            edges.add(new FindingsEdge(selected(held.get(i), fields), Optional.of(Integer.toString(i))));
        }
        var info = new PageInfo(
                to < held.size(),
                from > 0,
                edges.isEmpty() ? Optional.empty() : edges.get(0).cursor(),
                edges.isEmpty() ? Optional.empty() : edges.get(edges.size() - 1).cursor());
        return new FindingsPage(edges, info, OptionalLong.of(held.size()), false);
    }

    /** The record cut to the selection's top-level fields, as a GraphQL answer is. */
    private static ObjectNode selected(ObjectNode node, Selection fields) {
        var names = fields.items().stream()
                .filter(Selection.Field.class::isInstance)
                .map(item -> ((Selection.Field) item).name())
                .toList();
        var copy = node.deepCopy();
        copy.retain(names);
        return copy;
    }

    Request only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests);
        }
        return requests.get(0);
    }
}
