package io.factdesk.bench.floor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editorial page (claims NEW or IN_PROGRESS, newest first, 50 a page, with article headline, claimant name and
 * role, evidence count) in the JSON shape factdesk answers, with the round trips factdesk's batched GraphQL
 * version needs: the page, then articles, speakers and evidence counts by id, the three at once.
 */
@RestController
class EditorialPage {

    private static final List<String> STATES = List.of("NEW", "IN_PROGRESS");
    private static final int FIRST = 50;

    private final DatabaseClient db;

    EditorialPage(DatabaseClient db) {
        this.db = db;
    }

    record ClaimRow(long id, String text, String state, int version, Float checkWorthiness, long articleId,
            Long claimantId) {
    }

    @GetMapping("/editorial")
    Mono<Map<String, Object>> editorial(@RequestParam(required = false) Long after) {
        return page(after).collectList().flatMap(rows -> {
            List<ClaimRow> claims = rows.stream().limit(FIRST).toList();
            Set<Long> articleIds = claims.stream().map(ClaimRow::articleId).collect(Collectors.toSet());
            Set<Long> claimantIds = claims.stream().map(ClaimRow::claimantId).filter(id -> id != null)
                    .collect(Collectors.toSet());
            Set<Long> claimIds = claims.stream().map(ClaimRow::id).collect(Collectors.toSet());
            return Mono.zip(headlines(articleIds), claimants(claimantIds), evidenceCounts(claimIds))
                    .map(loaded -> body(claims, rows.size() > FIRST, loaded.getT1(), loaded.getT2(), loaded.getT3()));
        });
    }

    /** The limit is in the text, as in factdesk's pages, so that PostgreSQL reuses the statement's plan. */
    private reactor.core.publisher.Flux<ClaimRow> page(Long after) {
        String sql = "SELECT id, text, state, version, check_worthiness, article_id, claimant_id FROM claim "
                + "WHERE state = ANY(:states)" + (after == null ? "" : " AND id < :after")
                + " ORDER BY id DESC LIMIT " + (FIRST + 1);
        DatabaseClient.GenericExecuteSpec spec = this.db.sql(sql)
                .bind("states", STATES.toArray(String[]::new));
        if (after != null) {
            spec = spec.bind("after", after);
        }
        return spec.map(row -> new ClaimRow(row.get("id", Long.class), row.get("text", String.class),
                row.get("state", String.class), row.get("version", Integer.class),
                row.get("check_worthiness", Float.class), row.get("article_id", Long.class),
                row.get("claimant_id", Long.class))).all();
    }

    private Mono<Map<Long, String>> headlines(Set<Long> ids) {
        return this.db.sql("SELECT id, headline FROM article WHERE id = ANY(:ids)")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(row.get("id", Long.class), row.get("headline", String.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Mono<Map<Long, Map<String, Object>>> claimants(Set<Long> ids) {
        return this.db.sql("SELECT id, name, role FROM person WHERE id = ANY(:ids)")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> {
                    Map<String, Object> person = new LinkedHashMap<>();
                    person.put("name", row.get("name", String.class));
                    person.put("role", row.get("role", String.class));
                    return Map.entry(row.get("id", Long.class), person);
                })
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Mono<Map<Long, Long>> evidenceCounts(Set<Long> ids) {
        return this.db.sql("SELECT claim_id, count(*) AS n FROM evidence WHERE claim_id = ANY(:ids) GROUP BY claim_id")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(row.get("claim_id", Long.class), row.get("n", Long.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static Map<String, Object> body(List<ClaimRow> claims, boolean hasNextPage, Map<Long, String> headlines,
            Map<Long, Map<String, Object>> claimants, Map<Long, Long> counts) {
        List<Map<String, Object>> edges = claims.stream().map(claim -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", String.valueOf(claim.id()));
            node.put("text", claim.text());
            node.put("state", claim.state());
            node.put("version", claim.version());
            node.put("checkWorthiness", claim.checkWorthiness());
            node.put("article", Map.of("headline", headlines.get(claim.articleId())));
            node.put("claimant", claim.claimantId() == null ? null : claimants.get(claim.claimantId()));
            node.put("evidenceCount", counts.getOrDefault(claim.id(), 0L));
            return Map.<String, Object>of("node", node);
        }).toList();
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", hasNextPage);
        pageInfo.put("endCursor", claims.isEmpty() ? null : cursor(claims.get(claims.size() - 1).id()));
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", edges);
        connection.put("pageInfo", pageInfo);
        return Map.of("data", Map.of("claims", connection));
    }

    /** factdesk's cursor encoding, so that the bodies are alike byte for byte in size. */
    private static String cursor(long id) {
        String plain = "v1\u001Fclaim\u001F" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
