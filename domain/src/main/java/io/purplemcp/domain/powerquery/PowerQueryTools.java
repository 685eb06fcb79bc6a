package io.purplemcp.domain.powerquery;

import io.purplemcp.domain.tools.Tool;
import io.purplemcp.ports.out.datalake.DataLake;
import io.purplemcp.ports.out.time.Sleeper;
import java.time.Clock;
import java.util.List;

/** The tools that run queries on the data lake. */
public final class PowerQueryTools {

    private PowerQueryTools() {}

    /** {@code powerquery} with the default limits (5 minutes, 10 000 rows). */
    public static List<Tool> all(DataLake dataLake, Sleeper sleeper, Clock clock) {
        return all(dataLake, sleeper, clock, PowerQueryPolicy.DEFAULT);
    }

    public static List<Tool> all(DataLake dataLake, Sleeper sleeper, Clock clock, PowerQueryPolicy policy) {
        return List.of(new PowerQueryTool(dataLake, sleeper, clock, policy));
    }
}
