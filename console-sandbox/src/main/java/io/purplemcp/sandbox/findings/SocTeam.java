package io.purplemcp.sandbox.findings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.data.Estate;
import io.purplemcp.sandbox.data.SyntheticTenant;
import java.util.ArrayList;
import java.util.List;

/**
 * The people who work the findings: the tenant's security analysts (people of the synthetic tenant).
 * The first is the API token's owner ("me"), the first three are "my team"; the last two are MDR
 * (managed detection and response) analysts; one former analyst's account is deleted.
 */
public final class SocTeam {

    /**
     * One analyst.
     *
     * @param account the account name, e.g. {@code anna.schmidt}
     * @param userId the console's numeric user id (alerts' {@code userId})
     * @param xspmId the XSPM user id ({@code user-…})
     * @param mdr whether the analyst works for the MDR service
     * @param deleted whether the account was deleted (only the former analyst)
     */
    public record Analyst(String account, String userId, String xspmId, boolean mdr, boolean deleted) {

        public String email() {
            return account + "@corp.example";
        }

        public String fullName() {
            return Estate.displayName(account);
        }

        /** As the alerts API shows a person: {@code {userId, email, fullName}}. */
        public ObjectNode alertsUser() {
            var user = JsonNodeFactory.instance.objectNode();
            user.put("userId", userId);
            user.put("email", email());
            user.put("fullName", fullName());
            return user;
        }

        /** As the XSPM APIs show a person: {@code {id, email, fullName, deleted}}. */
        public ObjectNode xspmUser() {
            var user = JsonNodeFactory.instance.objectNode();
            user.put("id", xspmId);
            user.put("email", email());
            user.put("fullName", fullName());
            user.put("deleted", deleted);
            return user;
        }
    }

    private final List<Analyst> analysts;

    public SocTeam(SyntheticTenant tenant) {
        var list = new ArrayList<Analyst>();
        var indexes = new int[] {203, 331, 417, 58, 95, 150};
        for (var i = 0; i < indexes.length; i++) {
            var account = tenant.userName(indexes[i]);
            list.add(new Analyst(
                    account,
                    Long.toString(1_834_592_210_395_873L + 7_919L * i),
                    "user-" + (40 + i),
                    i == 3 || i == 4,
                    i == 5));
        }
        analysts = List.copyOf(list);
    }

    /** Everyone, "me" first, the former analyst last. */
    public List<Analyst> all() {
        return analysts;
    }

    /** The API token's owner: {@code ASSIGNED_TO_ME}. */
    public Analyst me() {
        return analysts.get(0);
    }

    /** Me and my two colleagues: {@code MY_TEAM}. */
    public List<Analyst> myTeam() {
        return analysts.subList(0, 3);
    }

    /** The analysts who are still working: not the former one. */
    public List<Analyst> active() {
        return analysts.subList(0, 5);
    }

    /** The former analyst, whose account is deleted. */
    public Analyst former() {
        return analysts.get(5);
    }
}
