package io.factdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.article.NewArticle;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.NewClaim;
import io.factdesk.claim.TextSpan;
import io.factdesk.member.MemberService;
import io.factdesk.person.NewPerson;
import io.factdesk.person.Person;
import io.factdesk.person.PersonService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Loads the demo data a new user sees: the demo desk members, the seed article on North Korea's munitions for Russia, the people it quotes
 * or names, and the claims a desk editor would pick from it, attributed where the text attributes them.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String ACTOR = "factdesk-demo";
    private static final String DATA = "demo/north-korea-munitions.json";
    private static final Log log = LogFactory.getLog(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final JsonMapper json;
    private final ArticleService articles;
    private final PersonService people;
    private final ClaimService claims;
    private final MemberService members;
    private final TransactionalOperator transactional;

    DemoDataLoader(DemoDataProperties properties, JsonMapper json, ArticleService articles, PersonService people,
            ClaimService claims, MemberService members, TransactionalOperator transactional) {
        this.members = members;
        this.properties = properties;
        this.json = json;
        this.articles = articles;
        this.people = people;
        this.claims = claims;
        this.transactional = transactional;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!this.properties.enabled()) {
            return;
        }
        DemoData data = this.json.readValue(read(DATA), DemoData.class);
        String body = read(data.article().bodyResource());
        // Start-up may block: the server must not answer before the demo data is there.
        Boolean loaded = load(data, body).block();
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Loaded the demo data: " + data.claims().size() + " claims from " + data.article().url());
        }
    }

    /**
     * Records the demo members (kept as the file says), then loads the article with its people and claims in one
     * transaction, or nothing when the article is already on file.
     */
    Mono<Boolean> load(DemoData data, String body) {
        return Flux.fromIterable(data.members())
                .concatMap(member -> this.members.record(member.username(), member.displayName(), member.roles()))
                .then(loadArticle(data, body));
    }

    private Mono<Boolean> loadArticle(DemoData data, String body) {
        return this.articles.findByUrl(data.article().url())
                .map(existing -> false)
                .switchIfEmpty(Mono.defer(() -> insert(data, body).thenReturn(true)))
                .as(this.transactional::transactional);
    }

    private Mono<Void> insert(DemoData data, String body) {
        DemoData.DemoArticle given = data.article();
        NewArticle article = new NewArticle(given.headline(), given.byline(), given.outlet(), given.url(),
                given.publishedAt(), body);
        return this.articles.create(article)
                .zipWith(speakersByName(data))
                .flatMapMany(created -> Flux.fromIterable(data.claims())
                        .concatMap(claim -> this.claims.create(newClaim(created.getT1(), body, claim, created.getT2()),
                                ACTOR, "Demo data")))
                .then();
    }

    /** Reuses a speaker already on file under the same name, so that loading never duplicates a person. */
    private Mono<Map<String, Person>> speakersByName(DemoData data) {
        return Flux.fromIterable(data.people())
                .concatMap(person -> this.people.findByName(person.name()).next()
                        .switchIfEmpty(Mono.defer(() -> this.people.create(new NewPerson(person.name(),
                                person.kind(), person.role(), person.affiliation()))))
                        .map(found -> Map.entry(person.name(), found)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static NewClaim newClaim(Article article, String body, DemoData.DemoClaim claim,
            Map<String, Person> speakers) {
        int start = body.indexOf(claim.text());
        if (start < 0) {
            throw new IllegalStateException("Demo claim not found in the article body: " + claim.text());
        }
        Long claimantId = null;
        if (claim.claimant() != null) {
            Person claimant = speakers.get(claim.claimant());
            if (claimant == null) {
                throw new IllegalStateException("Demo claim names an unknown speaker: " + claim.claimant());
            }
            claimantId = claimant.id();
        }
        TextSpan span = new TextSpan(start, start + claim.text().length());
        return new NewClaim(article.id(), claim.text(), span, claimantId, claim.checkWorthiness());
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
