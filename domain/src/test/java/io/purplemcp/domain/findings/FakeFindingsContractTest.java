package io.purplemcp.domain.findings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.findings.Findings;
import io.purplemcp.testsupport.contracts.FindingsContract;
import java.util.List;

/** The domain's findings fake answers as each family of the console adapter does (FindingsContractTest there). */
class FakeFindingsContractTest extends FindingsContract {

    private final FakeFindings findings = new FakeFindings()
            .holding(List.of(
                    finding("f1", "HIGH"), finding("f2", "LOW"), finding("f3", "CRITICAL"), finding("f4", "LOW")));

    private static ObjectNode finding(String id, String severity) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("id", id)
                .put("name", "finding " + id)
                .put("severity", severity);
    }

    @Override
    protected Findings findings() {
        return findings;
    }
}
