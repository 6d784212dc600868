package io.factdesk.verification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimFilter;
import io.factdesk.claim.ClaimService;
import io.factdesk.graphql.Connection;
import io.factdesk.graphql.Ids;
import io.factdesk.graphql.InvalidArgumentException;
import io.factdesk.graphql.PageRequest;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public feed of published verdicts as ClaimReview JSON-LD, for search engines and fact-check aggregators:
 * no token needed. {@code GET /claim-reviews} pages newest first; {@code GET /claim-reviews/{id}} is one claim's.
 */
@RestController
class ClaimReviewFeed {

    private static final String JSON_LD = "application/ld+json";
    private static final ClaimFilter PUBLISHED = new ClaimFilter(List.of(VerificationState.PUBLISHED), null, null,
            null);

    private final ClaimService claims;
    private final ClaimReviews reviews;

    ClaimReviewFeed(ClaimService claims, ClaimReviews reviews) {
        this.claims = claims;
        this.reviews = reviews;
    }

    @GetMapping(path = "/claim-reviews", produces = { JSON_LD, "application/json" })
    Mono<Map<String, Object>> feed(@RequestParam(required = false) Integer first,
            @RequestParam(required = false) String after) {
        return this.claims.page(PUBLISHED, PageRequest.of(first, after))
                .flatMap(page -> this.reviews.of(nodes(page)).map(byClaim -> dataFeed(page, byClaim)));
    }

    @GetMapping(path = "/claim-reviews/{id}", produces = { JSON_LD, "application/json" })
    Mono<ResponseEntity<Map<String, Object>>> review(@PathVariable String id) {
        return this.claims.findById(Ids.parse("id", id))
                .flatMap(claim -> this.reviews.of(List.of(claim)).mapNotNull(byClaim -> byClaim.get(claim)))
                .map(ResponseEntity::ok)
                .defaultIfEmpty(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(InvalidArgumentException.class)
    ResponseEntity<Map<String, String>> badArgument(InvalidArgumentException ex) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("error", ex.getMessage(), "argument", ex.argument()));
    }

    private static List<Claim> nodes(Connection<Claim> page) {
        return page.edges().stream().map(Connection.Edge::node).toList();
    }

    private static Map<String, Object> dataFeed(Connection<Claim> page, Map<Claim, Map<String, Object>> byClaim) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("@context", "https://schema.org");
        feed.put("@type", "DataFeed");
        feed.put("dataFeedElement", nodes(page).stream().map(byClaim::get).filter(Objects::nonNull).toList());
        if (page.pageInfo().hasNextPage()) {
            feed.put("nextPage", "/claim-reviews?after=" + page.pageInfo().endCursor());
        }
        return feed;
    }
}
