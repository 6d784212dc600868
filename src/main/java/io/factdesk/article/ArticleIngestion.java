package io.factdesk.article;

import java.util.List;
import java.util.Optional;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimDraft;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.NewClaim;
import io.factdesk.claim.TextSpan;
import io.factdesk.extraction.CandidateClaim;
import io.factdesk.extraction.ClaimExtractionService;
import io.factdesk.extraction.Speaker;
import io.factdesk.graphql.InvalidArgumentException;
import io.factdesk.graphql.RejectedException;
import io.factdesk.graphql.UserErrorCode;
import io.factdesk.person.NewPerson;
import io.factdesk.person.Person;
import io.factdesk.person.PersonService;
import io.factdesk.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Takes an article in with its claims (given, or found by extraction when none are given), all or nothing. The url is the article's identity: ingesting it again
 * returns the article on file and changes nothing, also when two ingests of it race.
 */
@Service
public class ArticleIngestion {

    private final ArticleService articles;
    private final ClaimService claims;
    private final PersonService people;
    private final ClaimExtractionService extraction;
    private final TransactionalOperator transactional;

    ArticleIngestion(ArticleService articles, ClaimService claims, PersonService people,
            ClaimExtractionService extraction, TransactionalOperator transactional) {
        this.articles = articles;
        this.claims = claims;
        this.people = people;
        this.extraction = extraction;
        this.transactional = transactional;
    }

    public Mono<IngestArticlePayload> ingest(IngestArticleInput input, Actor actor) {
        input.check().orReject();
        String url = input.url().strip();
        return this.articles.findByUrl(url)
                .map(ArticleIngestion::alreadyOnFile)
                .switchIfEmpty(Mono.defer(() -> candidates(input).flatMap(found -> store(input, found, actor))))
                .onErrorResume(DataIntegrityViolationException.class,
                        race -> this.articles.findByUrl(url).map(ArticleIngestion::alreadyOnFile));
    }

    /**
     * The claims extraction finds when the input gives none (an empty list means "none", not "find them"). Found
     * before the transaction starts, so that no connection waits on the tagger.
     */
    private Mono<List<CandidateClaim>> candidates(IngestArticleInput input) {
        if (input.claims() != null || !this.extraction.extractsOnIngest()) {
            return Mono.just(List.of());
        }
        return this.extraction.extract(input.body(), "input.body")
                .onErrorMap(InvalidArgumentException.class, tooLong -> new RejectedException(UserErrorCode.VALIDATION,
                        tooLong.getMessage() + "; give the article's claims in input.claims", "input.body"));
    }

    private Mono<IngestArticlePayload> store(IngestArticleInput input, List<CandidateClaim> found, Actor actor) {
        return this.articles.create(input.article())
                .flatMap(article -> recordClaims(article, input.body(), input.claimsOrNone(), actor)
                        .concatWith(recordFound(article, found, actor))
                        .collectList()
                        .map(recorded -> new IngestArticlePayload(article, recorded, true, List.of())))
                .as(this.transactional::transactional);
    }

    /** Records what extraction found, each speaker matched to the one on file or recorded once. */
    private Flux<Claim> recordFound(Article article, List<CandidateClaim> found, Actor actor) {
        return Flux.fromIterable(found).concatMap(candidate -> claimantOf(candidate)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(claimant -> this.claims.create(new NewClaim(article.id(), candidate.text(),
                        new TextSpan(candidate.start(), candidate.end()), claimant.map(Person::id).orElse(null),
                        (float) candidate.checkWorthiness()), actor.username(), "Found by extraction")));
    }

    private Mono<Person> claimantOf(CandidateClaim candidate) {
        Speaker speaker = candidate.speaker();
        if (speaker == null) {
            return Mono.empty();
        }
        return this.people.findOrCreate(new NewPerson(speaker.name(), speaker.kind(), speaker.role(),
                speaker.affiliation()));
    }

    private Flux<Claim> recordClaims(Article article, String body, List<ClaimDraft> drafts, Actor actor) {
        return Flux.range(0, drafts.size()).concatMap(index -> this.claims.record(article.id(), body,
                drafts.get(index), actor, "input.claims." + index));
    }

    private static IngestArticlePayload alreadyOnFile(Article article) {
        return new IngestArticlePayload(article, List.of(), false, List.of());
    }
}
