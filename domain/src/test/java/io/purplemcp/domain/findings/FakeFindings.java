package io.purplemcp.domain.findings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.findings.FindingId;
import io.purplemcp.ports.findings.Findings;
import io.purplemcp.ports.findings.FindingsPage;
import io.purplemcp.ports.findings.ListRequest;
import io.purplemcp.ports.findings.PageRequest;
import io.purplemcp.ports.findings.Selection;
import io.purplemcp.ports.upstream.UpstreamException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A findings port that records what it was asked and answers what the test set up. */
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

    @Override
    public Optional<ObjectNode> get(FindingId id, Selection fields, Instant deadline)
            throws UpstreamException, InterruptedException {
        requests.add(new Request("get", Optional.of(id), fields, null, deadline));
        return record.answer();
    }

    @Override
    public FindingsPage list(ListRequest request, Instant deadline) throws UpstreamException, InterruptedException {
        requests.add(new Request("list", Optional.empty(), request.fields(), request.page(), deadline));
        lists.add(request);
        return page.answer();
    }

    @Override
    public FindingsPage notes(FindingId id, Selection fields, Optional<PageRequest> page, Instant deadline)
            throws UpstreamException, InterruptedException {
        requests.add(new Request("notes", Optional.of(id), fields, page, deadline));
        return this.page.answer();
    }

    @Override
    public FindingsPage history(FindingId id, Selection fields, PageRequest page, Instant deadline)
            throws UpstreamException, InterruptedException {
        requests.add(new Request("history", Optional.of(id), fields, page, deadline));
        return this.page.answer();
    }

    Request only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests);
        }
        return requests.get(0);
    }
}
