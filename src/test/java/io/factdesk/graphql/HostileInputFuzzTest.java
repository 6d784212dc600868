package io.factdesk.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed, greedy and hostile requests, generated from a fixed seed: none may get a 5xx, none may
 * see a stack trace, SQL or a class name, and the server must answer a normal query afterwards.
 */
@IntegrationTest
class HostileInputFuzzTest {

    private static final int REQUESTS = 3000;
    private static final long SEED = 20261124L;
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at io.factdesk", "org.springframework",
            "io.r2dbc", "SQLSTATE", "java.lang", "tools.jackson", "graphql.execution");

    private static final List<String> VALID = List.of(
            "{ claims(first: 5, filter: {states: [NEW], search: \"shells\"}) { edges { cursor node { id text claimant { name } } } pageInfo { hasNextPage endCursor } } }",
            "query One($id: ID!) { claim(id: $id) { id text article { headline } history { toState actor } verdict { rating } } }",
            "{ articles(first: 3, filter: {publishedAfter: \"2024-01-01T00:00:00Z\"}) { edges { node { headline claims(first: 2) { edges { node { text } } } } } } }",
            "query P($s: String, $after: String) { people(first: 2, search: $s, after: $after) { edges { node { name claims { edges { cursor } } } } } }",
            "mutation T($id: ID!, $v: Int!) { transitionClaim(claimId: $id, to: IN_PROGRESS, expectedVersion: $v) { claim { state } userErrors { code } } }",
            "mutation E($id: ID!, $input: EvidenceInput!) { addEvidence(claimId: $id, input: $input) { userErrors { code field } } }",
            "mutation I($input: IngestArticleInput!) { ingestArticle(input: $input) { created userErrors { code field } } }",
            "{ me { username roles } members { username } }");

    private static final String ALPHABET = "{}()[]:!$@.,\"\\ \n#=|&...abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-é😀\u0000";

    @Autowired
    WebTestClient web;

    @Autowired
    Desk desk;

    @Autowired
    JsonMapper json;

    @Test
    void hostileRequestsNeverBreakTheServerNorLeakItsInsides() {
        Random random = new Random(SEED);
        String token = this.desk.token("fuzzer", Role.ADMIN);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();

        for (int i = 0; i < REQUESTS; i++) {
            Request request = request(random, token);
            EntityExchangeResult<byte[]> result = send(request);
            int status = result.getStatus().value();
            statuses.merge(status, 1, Integer::sum);
            String body = (result.getResponseBody() == null) ? ""
                    : new String(result.getResponseBody(), StandardCharsets.UTF_8);
            if (status >= 500 || LEAKS.stream().anyMatch(body::contains)) {
                failures.add(status + " for " + request.describe() + " -> " + abbreviate(body));
            }
        }

        System.out.println("Fuzzed " + REQUESTS + " requests (seed " + SEED + "), statuses " + statuses);
        assertThat(failures).as("responses with 5xx or leaked internals").isEmpty();
        this.desk.as(Role.CHECKER).document("{ claims(first: 1) { edges { node { id } } } }").execute()
                .errors().verify();
    }

    private EntityExchangeResult<byte[]> send(Request request) {
        return this.web.post().uri("/graphql")
                .headers(headers -> {
                    if (request.token() != null) {
                        headers.setBearerAuth(request.token());
                    }
                })
                .contentType(request.contentType())
                .bodyValue(request.body())
                .exchange()
                .expectBody().returnResult();
    }

    private Request request(Random random, String token) {
        String who = switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> "not.a.jwt";
            case 2 -> token.substring(0, token.length() - 3) + "abc";
            default -> token;
        };
        return switch (random.nextInt(6)) {
            case 0 -> new Request(who, MediaType.APPLICATION_JSON, rawBody(random));
            case 1 -> new Request(who, randomContentType(random), toJson(Map.of("query", pick(random, VALID))));
            case 2 -> new Request(who, MediaType.APPLICATION_JSON, toJson(Map.of("query", structuralAttack(random))));
            case 3 -> new Request(who, MediaType.APPLICATION_JSON,
                    toJson(Map.of("query", pick(random, VALID), "variables", randomVariables(random))));
            default -> new Request(who, MediaType.APPLICATION_JSON,
                    toJson(Map.of("query", mutate(random, pick(random, VALID)), "variables", randomVariables(random))));
        };
    }

    private static String mutate(Random random, String document) {
        StringBuilder text = new StringBuilder(document);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && text.length() > 1; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(40))));
                default -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    private static String structuralAttack(Random random) {
        int size = 20 + random.nextInt(400);
        return switch (random.nextInt(6)) {
            case 0 -> "{ claims { edges { node { claimant { claims { edges { node { ".repeat(size / 20) + "id"
                    + " } } } } } } } }".repeat(size / 20) + " }";
            case 1 -> "{ " + "a: __typename ".repeat(size) + "}";
            case 2 -> "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
            case 3 -> "{ claims(first: " + random.nextLong() + ") { edges { cursor } } }";
            case 4 -> "{ claim(id: \"" + "9".repeat(size) + "\") { id } }";
            default -> "{ " + "{".repeat(size) + "}".repeat(size) + " }";
        };
    }

    private static Object randomVariables(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> Map.of("id", randomScalar(random), "v", randomScalar(random));
            case 1 -> Map.of("input", Map.of("url", randomScalar(random), "sourceName", randomScalar(random),
                    "stance", randomScalar(random)));
            case 2 -> Map.of("input", Map.of("headline", "h".repeat(random.nextInt(2000)), "outlet", "o",
                    "url", "https://x.example/" + random.nextInt(), "publishedAt", randomScalar(random),
                    "body", randomScalar(random)));
            case 3 -> Map.of("after", randomScalar(random), "s", randomScalar(random));
            case 4 -> List.of(1, 2, 3);
            case 5 -> "variables as a string";
            case 6 -> Map.of("id", Map.of("nested", List.of(Map.of("deeper", randomScalar(random)))));
            default -> Map.of("id", "-1", "v", Long.MAX_VALUE);
        };
    }

    private static Object randomScalar(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> random.nextInt();
            case 1 -> random.nextDouble() * 1e300;
            case 2 -> "x".repeat(random.nextInt(20_000));
            case 3 -> "Zm9vYmFy" + random.nextInt();
            case 4 -> "😀\u0000\u202e" + random.nextInt();
            case 5 -> List.of(random.nextInt(), "a");
            case 6 -> Map.of("k", random.nextBoolean());
            case 7 -> "2024-13-45T99:99:99Z";
            default -> "987654321";
        };
    }

    private static byte[] rawBody(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> randomBytes(random);
            case 1 -> "{\"query\": \"{ claims { edges".getBytes(StandardCharsets.UTF_8);
            case 2 -> "{\"query\": 5, \"variables\": \"x\"}".getBytes(StandardCharsets.UTF_8);
            case 3 -> "{\"query\": null}".getBytes(StandardCharsets.UTF_8);
            case 4 -> "[{\"query\": \"{ __typename }\"}]".getBytes(StandardCharsets.UTF_8);
            default -> new byte[0];
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static MediaType randomContentType(Random random) {
        List<MediaType> types = List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON,
                MediaType.MULTIPART_FORM_DATA, MediaType.valueOf("application/graphql-response+json"));
        return types.get(random.nextInt(types.size()));
    }

    private byte[] toJson(Object value) {
        return this.json.writeValueAsBytes(value);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private record Request(String token, MediaType contentType, byte[] body) {

        String describe() {
            String text = new String(this.body, StandardCharsets.UTF_8);
            return this.contentType + " " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
        }
    }
}
