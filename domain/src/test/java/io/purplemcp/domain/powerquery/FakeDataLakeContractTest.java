package io.purplemcp.domain.powerquery;

import static io.purplemcp.domain.powerquery.FakeDataLake.done;
import static io.purplemcp.domain.powerquery.FakeDataLake.page;
import static io.purplemcp.domain.powerquery.FakeDataLake.row;
import static io.purplemcp.domain.powerquery.FakeDataLake.running;

import io.purplemcp.ports.out.datalake.DataLake;
import io.purplemcp.ports.out.datalake.QueryRequest;
import io.purplemcp.testsupport.contracts.DataLakeContract;
import java.util.List;

/**
 * The domain's data lake fake, scripted the way its tests script a query that completes, answers as
 * the console adapter does (DataLakeContractTest there).
 */
class FakeDataLakeContractTest extends DataLakeContract {

    private final FakeDataLake lake = new FakeDataLake()
            .launchAnswers(() -> running(0, 3))
            .thenPolls(() -> running(1, 3), () -> running(2, 3))
            .thenForever(() ->
                    done(3, page("2", List.of("endpoint.name", "count"), List.of(row("h1", 3), row("h2", 1)))));

    @Override
    protected DataLake dataLake() {
        return lake;
    }

    @Override
    protected QueryRequest queryWithRows() {
        return overOneDay("| group count() by endpoint.name");
    }
}
