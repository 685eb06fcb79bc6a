package io.purplemcp.domain.powerquery;

import io.purplemcp.ports.out.datalake.DataLake;
import io.purplemcp.ports.out.datalake.QueryHandle;

/**
 * Deletes the call's upstream query exactly once, whichever comes first: the end of the call on its
 * own thread, or the client's cancellation on the transport's. A query launched after the release
 * (the cancellation overtook the launch answer) is deleted as soon as it is known.
 */
final class QueryCleanup {

    private final DataLake dataLake;
    private QueryHandle handle;
    private boolean released;

    QueryCleanup(DataLake dataLake) {
        this.dataLake = dataLake;
    }

    void track(QueryHandle launched) {
        synchronized (this) {
            if (!released) {
                handle = launched;
                return;
            }
        }
        dataLake.delete(launched);
    }

    void release() {
        QueryHandle toDelete;
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
            toDelete = handle;
            handle = null;
        }
        if (toDelete != null) {
            dataLake.delete(toDelete);
        }
    }
}
