package io.factdesk.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Which claims matching scores at all: those holding a text's rare terms (V6__claim_match_terms.sql). */
@IntegrationTest
class MatchCandidatesTest {

    @Autowired
    DatabaseClient db;

    @Autowired
    ClaimTermFrequencies frequencies;

    @Autowired
    MatchingService matching;

    @Autowired
    TransactionalOperator transactional;

    /**
     * Made-up words of this test alone (letters only, and endings the English stemmer keeps), so that their
     * frequencies are the test's to set.
     */
    private final String word = TestData.word("q");

    @Test
    void aRareTermFindsCandidatesAloneCommonOnesOnlyInPairs() {
        String rare = this.word + "zab";
        String common1 = this.word + "zeb";
        String common2 = this.word + "zib";
        String common3 = this.word + "zob";
        String candidates = candidates(String.join(" ", common1, rare, common2, common3),
                Map.of(common1, 0.2, common2, 0.1, common3, 0.05));

        assertThat(alternatives(candidates)).containsExactlyInAnyOrder(
                "'" + rare + "'",
                "'" + common1 + "' & '" + common2 + "'", "'" + common1 + "' & '" + common3 + "'",
                "'" + common2 + "' & '" + common3 + "'");
    }

    @Test
    void onlyTheFourRarestTermsCountAndASingleTermIsNeededHoweverCommon() {
        Map<String, Double> frequencies = Map.of(this.word + "zab", 0.5, this.word + "zeb", 0.4,
                this.word + "zib", 0.3, this.word + "zob", 0.2, this.word + "zub", 0.1);

        String candidates = candidates(String.join(" ", frequencies.keySet()), frequencies);

        assertThat(candidates).doesNotContain("'" + this.word + "zab'");
        assertThat(alternatives(candidates)).hasSize(6);
        assertThat(candidates(this.word + "zab", frequencies)).isEqualTo("'" + this.word + "zab'");
        assertThat(candidates("the and of", Map.of())).isEmpty();
    }

    @Test
    void aTextOfStopWordsOnlyMatchesNothingWithoutAnError() {
        assertThat(this.matching.match("It is what it is.", 5, 0.0).block()).isEmpty();
    }

    @Test
    void theFrequenciesAreThoseOfTheStatisticsOfTheClaimsTerms() {
        this.frequencies.analyzeAndRefresh().block();

        List<String> copied = this.db.sql("SELECT term || '=' || frequency AS entry FROM claim_match_term")
                .map(row -> row.get("entry", String.class)).all().collectList().block();
        List<String> statistics = this.db.sql("""
                        SELECT common.term || '=' || common.frequency::real AS entry
                        FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs)
                            AS common (term, frequency)
                        WHERE s.tablename = 'claim_match_text' AND s.attname = 'terms' AND common.term IS NOT NULL""")
                .map(row -> row.get("entry", String.class)).all().collectList().block();
        assertThat(statistics).isNotEmpty();
        assertThat(copied).containsExactlyInAnyOrderElementsOf(statistics);
    }

    /**
     * The candidates of a text with the given term frequencies, in a transaction rolled back at the end: the
     * frequencies stay the test's even if the periodic refresh runs meanwhile, and never reach other tests.
     */
    private String candidates(String text, Map<String, Double> frequencies) {
        Mono<String> candidates = Flux.fromIterable(frequencies.entrySet())
                .concatMap(frequency -> this.db
                        .sql("INSERT INTO claim_match_term (term, frequency) VALUES (:term, :frequency)")
                        .bind("term", frequency.getKey())
                        .bind("frequency", frequency.getValue().floatValue())
                        .then())
                .then(this.db.sql("SELECT claim_match_candidates(to_tsvector('english', :text))::text AS candidates")
                        .bind("text", text)
                        .map(row -> row.get("candidates", String.class))
                        .one());
        return this.transactional.execute(transaction -> {
            transaction.setRollbackOnly();
            return candidates;
        }).single().block();
    }

    private static Set<String> alternatives(String candidates) {
        return new TreeSet<>(Arrays.stream(candidates.split(" \\| ")).map(String::trim).toList());
    }
}
