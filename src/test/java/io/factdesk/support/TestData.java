package io.factdesk.support;

import java.time.Instant;
import java.util.UUID;

import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.article.NewArticle;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.NewClaim;
import io.factdesk.claim.TextSpan;
import io.factdesk.person.NewPerson;
import io.factdesk.person.Person;
import io.factdesk.person.PersonService;
import io.factdesk.person.SpeakerKind;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Makes the data a test needs through the application's own services. Every name and url carries a fresh token,
 * so tests never see each other's rows and can run in any order against a database that is not emptied.
 */
@TestComponent
public class TestData {

    private final ArticleService articles;
    private final PersonService people;
    private final ClaimService claims;
    private final DatabaseClient db;

    TestData(ArticleService articles, PersonService people, ClaimService claims, DatabaseClient db) {
        this.articles = articles;
        this.people = people;
        this.claims = claims;
        this.db = db;
    }

    /** A token to make names unique to one test. */
    public static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A made-up word of one test, {@code prefix} and {@link #token()} in letters only (digits would be figures). */
    public static String word(String prefix) {
        return token().chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + (c - '0') : c)))
                .reduce(prefix, String::concat);
    }

    public Article article(String outlet, String headline, String body, Instant publishedAt) {
        return this.articles.create(new NewArticle(headline, "A. Reporter", outlet,
                "https://news.example/" + token(), publishedAt, body)).block();
    }

    public Article article(String outlet, String body) {
        return article(outlet, "Headline " + token(), body, Instant.parse("2024-06-19T12:00:00Z"));
    }

    public Person person(String name) {
        return this.people.create(new NewPerson(name, SpeakerKind.PERSON, "Minister", "Somewhere")).block();
    }

    /** A claim quoted from the article body, positioned where the text stands. */
    public Claim claim(Article article, String text, Person claimant) {
        int start = this.articles.findBody(article.id()).blockOptional().orElseThrow().indexOf(text);
        TextSpan span = (start < 0) ? null : new TextSpan(start, start + text.length());
        return this.claims.create(new NewClaim(article.id(), text, span, claimant == null ? null : claimant.id(),
                0.5f), "test", null).block();
    }

    public void evidence(Claim claim, String sourceName) {
        this.db.sql("""
                        INSERT INTO evidence (claim_id, url, source_name, excerpt, stance, added_by)
                        VALUES (:claimId, 'https://source.example/doc', :sourceName, 'excerpt', 'SUPPORTS', 'test')""")
                .bind("claimId", claim.id())
                .bind("sourceName", sourceName)
                .then().block();
    }

    public void verdict(Claim claim, String rating, String summary) {
        this.db.sql("""
                        INSERT INTO verdict (claim_id, rating, summary, given_by)
                        VALUES (:claimId, :rating, :summary, 'test')""")
                .bind("claimId", claim.id())
                .bind("rating", rating)
                .bind("summary", summary)
                .then().block();
    }
}
