package io.factdesk.verification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.factdesk.article.Article;
import io.factdesk.claim.Claim;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Many desk members change one claim at once: per version exactly one wins, and the history tells it straight. */
@IntegrationTest
class ConcurrentTransitionsTest {

    private static final int CONTENDERS = 60;
    private static final int ROUNDS = 3;

    // language=GraphQL
    private static final String TRANSITION = """
            mutation ($id: ID!, $to: VerificationState!, $version: Int!) {
              transitionClaim(claimId: $id, to: $to, expectedVersion: $version) {
                claim { state version } userErrors { code }
              }
            }""";

    @Autowired
    Desk desk;

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    @Test
    void exactlyOneConflictingTransitionWinsPerVersion() {
        Article article = this.data.article("Race " + TestData.token(), "Shells were sent.");
        Claim claim = this.data.claim(article, "Shells were sent.", null);
        HttpGraphQlClient checker = HttpGraphQlClient.builder(WebClient.create("http://localhost:" + this.port + "/graphql"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + this.desk.token("racer", Role.CHECKER))
                .build();

        for (int version = 0; version < ROUNDS; version++) {
            String target = (version % 2 == 0) ? "IN_PROGRESS" : "NEW";
            List<String> outcomes = race(checker, claim.id(), target, version);

            assertThat(outcomes).as("round at version %d", version).hasSize(CONTENDERS);
            assertThat(outcomes.stream().filter("won"::equals)).hasSize(1);
            assertThat(outcomes.stream().filter("VERSION_CONFLICT"::equals)).hasSize(CONTENDERS - 1);
        }

        var history = this.desk.as(Role.CHECKER)
                .document("query ($id: ID!) { claim(id: $id) { version state history { fromState toState } } }")
                .variable("id", claim.id())
                .execute();
        history.path("claim.version").entity(Integer.class).isEqualTo(ROUNDS)
                .path("claim.state").entity(String.class).isEqualTo("IN_PROGRESS");
        List<Map> events = history.path("claim.history").entityList(Map.class).get();
        assertThat(events).hasSize(ROUNDS + 1);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).get("fromState")).as("event %d starts where the one before ended", i)
                    .isEqualTo(events.get(i - 1).get("toState"));
        }
    }

    /**
     * Fires every contender at once over its own non-blocking request, all believing the claim is at
     * {@code version}; answers "won" or the error code, one per contender.
     */
    private static List<String> race(HttpGraphQlClient checker, long claimId, String target, int version) {
        return Flux.range(0, CONTENDERS)
                .flatMap(contender -> checker.document(TRANSITION)
                        .variables(Map.of("id", claimId, "to", target, "version", version))
                        .execute()
                        .map(ConcurrentTransitionsTest::outcome), CONTENDERS)
                .collectList()
                .block(Duration.ofSeconds(60));
    }

    private static String outcome(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).isEmpty();
        List<ErrorCode> codes = response.field("transitionClaim.userErrors").toEntityList(ErrorCode.class);
        return codes.isEmpty() ? "won" : codes.get(0).code();
    }

    private record ErrorCode(String code) {
    }
}
