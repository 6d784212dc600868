package io.factdesk.matching;

import io.factdesk.claim.ClaimService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Indexes, at start-up, the claims recorded before matching existed (new claims are indexed as they are
 * recorded), a batch at a time so that a large desk does not hold the start for long at once.
 */
@Component
class ClaimTextBackfill implements ApplicationRunner {

    private static final int BATCH = 500;
    private static final Log log = LogFactory.getLog(ClaimTextBackfill.class);

    private final MatchingService matching;
    private final ClaimService claims;
    private final ClaimTextIndex index;
    private final ClaimTermFrequencies frequencies;

    ClaimTextBackfill(MatchingService matching, ClaimService claims, ClaimTextIndex index,
            ClaimTermFrequencies frequencies) {
        this.matching = matching;
        this.claims = claims;
        this.index = index;
        this.frequencies = frequencies;
    }

    @Override
    public void run(ApplicationArguments args) {
        long indexed = Flux.defer(this::nextBatch).repeat().takeWhile(count -> count > 0)
                .reduce(0L, Long::sum).block();
        if (indexed > 0) {
            // Matching ranks terms by how common they are: with many claims just indexed, count them now.
            this.frequencies.analyzeAndRefresh().block();
            log.info("Indexed " + indexed + " claims for matching");
        }
    }

    private Mono<Long> nextBatch() {
        return this.matching.claimsToIndex(BATCH).collectList()
                .flatMap(ids -> this.claims.findByIds(ids))
                .flatMap(byId -> this.index.indexAll(byId.values()).thenReturn((long) byId.size()));
    }
}
