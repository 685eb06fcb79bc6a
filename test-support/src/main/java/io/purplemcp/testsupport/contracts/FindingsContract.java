package io.purplemcp.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.out.findings.CursorPageRequest;
import io.purplemcp.ports.out.findings.FindingId;
import io.purplemcp.ports.out.findings.Findings;
import io.purplemcp.ports.out.findings.FindingsEdge;
import io.purplemcp.ports.out.findings.FindingsPage;
import io.purplemcp.ports.out.findings.ListRequest;
import io.purplemcp.ports.out.findings.Selection;
import io.purplemcp.ports.out.upstream.UpstreamException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Findings} port does, stated once and run against each implementation: the fake
 * the domain's tests use and each findings family of the console adapter over the sandbox. Findings
 * are read-only, so each clause is phrased through what the port itself answers; a subclass supplies
 * an implementation holding at least three findings.
 */
public abstract class FindingsContract {

    /** Every family has an id, and a selection of it alone shows whether other fields leak in. */
    private static final Selection IDS = Selection.of(Selection.Field.scalar("id"));

    protected abstract Findings findings();

    private static Instant deadline() {
        return Instant.now().plusSeconds(30);
    }

    private FindingsPage list(CursorPageRequest page) throws UpstreamException, InterruptedException {
        return findings().list(ListRequest.list(IDS, page, Optional.empty()), deadline());
    }

    private static List<String> ids(FindingsPage page) {
        return page.edges().stream()
                .map(edge -> edge.node().path("id").asText())
                .toList();
    }

    @Test
    void aPageHoldsAtMostFirstRecordsWithOnlyTheSelectedFields() throws Exception {
        var page = list(CursorPageRequest.first(2));

        assertThat(page.edges()).hasSize(2);
        assertThat(page.edges()).extracting(FindingsEdge::node).allSatisfy(node -> {
            assertThat(node.path("id").isTextual()).as("id of %s", node).isTrue();
            assertThat(node.properties()).extracting(entry -> entry.getKey()).containsOnly("id");
        });
        assertThat(page.pageInfo().hasNextPage()).isTrue();
        page.totalCount().ifPresent(total -> assertThat(total).isGreaterThanOrEqualTo(3));
    }

    @Test
    void theEndCursorLeadsToTheFollowingRecords() throws Exception {
        var first = list(CursorPageRequest.first(2));
        var cursor = first.pageInfo().endCursor();
        assertThat(cursor).as("a page with more after it names where it ended").isPresent();

        var second = list(new CursorPageRequest(2, cursor));

        assertThat(second.edges()).isNotEmpty();
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
        assertThat(ids(list(CursorPageRequest.first(4))))
                .startsWith(ids(first).toArray(String[]::new))
                .containsSubsequence(
                        ids(second).subList(0, Math.min(2, second.edges().size())));
    }

    @Test
    void aListedFindingIsFoundByItsId() throws Exception {
        var id = ids(list(CursorPageRequest.first(1))).get(0);

        var found = findings().get(new FindingId(id), IDS, deadline());

        assertThat(found)
                .hasValueSatisfying(node -> assertThat(node.path("id").asText()).isEqualTo(id));
    }

    @Test
    void anUnknownIdIsNoFindingRatherThanAFailure() throws Exception {
        assertThat(findings().get(new FindingId("no-such-finding-7f3a"), IDS, deadline()))
                .isEmpty();
    }

    @Test
    void anInterruptedCallerGetsNoAnswer() {
        Interruption.isRefusedWhenInterrupted(() -> list(CursorPageRequest.first(1)));
    }
}
