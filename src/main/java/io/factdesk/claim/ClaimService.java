package io.factdesk.claim;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.factdesk.article.ArticleService;
import io.factdesk.db.LateralJoins;
import io.factdesk.db.LateralJoins.Joined;
import io.factdesk.db.Projection;
import io.factdesk.graphql.Batches;
import io.factdesk.graphql.Connection;
import io.factdesk.graphql.Cursor;
import io.factdesk.graphql.Ids;
import io.factdesk.graphql.InputCheck;
import io.factdesk.graphql.PageRequest;
import io.factdesk.graphql.RejectedException;
import io.factdesk.graphql.UserErrorCode;
import io.factdesk.matching.ClaimTextIndex;
import io.factdesk.person.PersonService;
import io.factdesk.security.Actor;
import io.factdesk.verification.AuditTrail;
import io.factdesk.verification.VerificationEvent;
import io.factdesk.verification.VerificationEventKind;
import io.factdesk.verification.VerificationState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Reads and records claims; the way other features reach them. */
@Service
public class ClaimService {

    static final String NEWEST_FIRST = "claim";

    private final ClaimRepository claims;
    private final ArticleService articles;
    private final PersonService people;
    private final AuditTrail auditTrail;
    private final ClaimTextIndex matchIndex;
    private final TransactionalOperator transactional;

    ClaimService(ClaimRepository claims, ArticleService articles, PersonService people, AuditTrail auditTrail,
            ClaimTextIndex matchIndex, TransactionalOperator transactional) {
        this.matchIndex = matchIndex;
        this.claims = claims;
        this.articles = articles;
        this.people = people;
        this.auditTrail = auditTrail;
        this.transactional = transactional;
    }

    public Mono<Claim> findById(long id) {
        return this.claims.findByIds(List.of(id)).next();
    }

    public Mono<Map<Long, Claim>> findByIds(Collection<Long> ids) {
        return this.claims.findByIds(ids).collectMap(Claim::id, Function.identity());
    }

    public Mono<Connection<Claim>> page(ClaimFilter filter, PageRequest page) {
        return page(filter, page, Projection.EVERY_FIELD, LateralJoins.NONE).map(rows -> rows.map(Joined::row));
    }

    /**
     * A page of claims for a GraphQL query, each with the values of {@code joins} read by the page's statement and
     * only what the query's {@code fields} of {@code Claim} show: the claims are for answering that query only.
     */
    public Mono<Connection<Joined<Claim>>> page(ClaimFilter filter, PageRequest page, Set<String> fields,
            LateralJoins joins) {
        ClaimFilter given = (filter == null) ? ClaimFilter.NONE : filter;
        Cursor after = page.afterCursor(NEWEST_FIRST, 1);
        return this.claims.findPage(given.states(), Ids.parseOptional("filter.claimantId", given.claimantId()),
                        Ids.parseOptional("filter.articleId", given.articleId()), blankToNull(given.search()),
                        after == null ? null : after.longKey(0), page.limitWithLookahead(), fields, joins)
                .collectList()
                .map(rows -> Connection.of(rows, page, row -> newestFirstCursor(row.row())));
    }

    /**
     * Pages of claims for many articles at once, in text order: one statement for each distinct page shape (in
     * practice one, since sibling fields ask for the same page size and no cursor).
     */
    public Mono<Map<ClaimsOfArticle, Connection<Claim>>> claimsOfArticles(Set<ClaimsOfArticle> keys) {
        return Flux.fromIterable(Batches.groupedBy(keys, ClaimsOfArticle::shape))
                .concatMap(this::claimsOfArticlesWithSameShape)
                .reduce(new HashMap<>(), ClaimService::merge);
    }

    private Mono<Map<ClaimsOfArticle, Connection<Claim>>> claimsOfArticlesWithSameShape(
            List<ClaimsOfArticle> keys) {
        ClaimsOfArticle shape = keys.get(0);
        PageRequest page = new PageRequest(shape.first(), null);
        return this.claims.findPagesByArticle(keys.stream().map(ClaimsOfArticle::articleId).toList(),
                        shape.afterPosition(), shape.afterId(), page.limitWithLookahead())
                .collectList()
                .map(rows -> Batches.pagesPerKey(keys, ClaimsOfArticle::articleId, rows, Claim::articleId, page,
                        ClaimsOfArticle::cursorOf));
    }

    /** Pages of claims for many speakers at once, newest first; one statement for each distinct page shape. */
    public Mono<Map<ClaimsOfClaimant, Connection<Claim>>> claimsOfClaimants(Set<ClaimsOfClaimant> keys) {
        return Flux.fromIterable(Batches.groupedBy(keys, ClaimsOfClaimant::shape))
                .concatMap(this::claimsOfClaimantsWithSameShape)
                .reduce(new HashMap<>(), ClaimService::merge);
    }

    private Mono<Map<ClaimsOfClaimant, Connection<Claim>>> claimsOfClaimantsWithSameShape(
            List<ClaimsOfClaimant> keys) {
        ClaimsOfClaimant shape = keys.get(0);
        PageRequest page = new PageRequest(shape.first(), null);
        return this.claims.findPagesByClaimant(keys.stream().map(ClaimsOfClaimant::claimantId).toList(),
                        shape.afterId(), page.limitWithLookahead())
                .collectList()
                .map(rows -> Batches.pagesPerKey(keys, ClaimsOfClaimant::claimantId, rows, Claim::claimantId, page,
                        ClaimService::newestFirstCursor));
    }

    private static <K> Map<K, Connection<Claim>> merge(Map<K, Connection<Claim>> all, Map<K, Connection<Claim>> some) {
        all.putAll(some);
        return all;
    }

    /** Records a claim with the audit event that creates it, in one transaction. */
    public Mono<Claim> create(NewClaim claim, String actor, String note) {
        return this.claims.insert(claim)
                .flatMap(created -> this.auditTrail.record(VerificationEvent.Entry.created(created.id(), actor, note))
                        .then(this.matchIndex.index(created.id(), created.text()))
                        .thenReturn(created))
                .as(this.transactional::transactional);
    }

    /** {@code addClaim}: checks the input, then records the claim as NEW. */
    public Mono<Claim> add(AddClaimInput input, Actor actor) {
        long articleId = Ids.parse("input.articleId", input.articleId());
        return this.articles.findBody(articleId)
                .switchIfEmpty(Mono.error(() -> new RejectedException(UserErrorCode.NOT_FOUND,
                        "No article " + input.articleId(), "input.articleId")))
                .flatMap(body -> record(articleId, body, input.draft(), actor, "input"));
    }

    /**
     * Records a proposed claim of an article after checking it against the article: its text, that its span lies
     * inside the body, that its speaker exists. {@code path} names the draft in the caller's input, for errors.
     */
    public Mono<Claim> record(long articleId, String articleBody, ClaimDraft draft, Actor actor, String path) {
        InputCheck check = new InputCheck().required(path + ".text", draft.text(), 5000);
        TextSpan span = spanWithin(articleBody, draft.span(), path + ".span", check);
        Long claimantId = Ids.parseOptional(path + ".claimantId", draft.claimantId());
        check.orReject();
        NewClaim claim = new NewClaim(articleId, draft.text().strip(), span, claimantId, null);
        if (claimantId == null) {
            return create(claim, actor.username(), null);
        }
        return this.people.findById(claimantId)
                .switchIfEmpty(Mono.error(() -> new RejectedException(UserErrorCode.NOT_FOUND,
                        "No person " + draft.claimantId(), path + ".claimantId")))
                .flatMap(claimant -> create(claim, actor.username(), null));
    }

    /** Moves the claim to {@code state}; empty when it is gone or no longer at {@code expectedVersion}. */
    public Mono<Claim> changeState(long id, int expectedVersion, VerificationState state) {
        return this.claims.updateState(id, expectedVersion, state);
    }

    public Mono<Claim> assign(long id, long memberId) {
        return this.claims.updateAssignee(id, memberId);
    }

    /**
     * Marks the claim changed by something kept beside it (evidence, a verdict); with {@code expectedVersion},
     * empty when the claim has moved on since.
     */
    public Mono<Claim> markChanged(long id, Integer expectedVersion) {
        return this.claims.bumpVersion(id, expectedVersion);
    }

    /** Attributes the claims of one speaker to another, each change on the claim's audit trail. */
    public Flux<Claim> moveClaimsOfClaimant(long fromClaimantId, long toClaimantId, String actor, String detail) {
        return this.claims.updateClaimant(fromClaimantId, toClaimantId)
                .concatMap(claim -> this.auditTrail.record(VerificationEvent.Entry.change(claim.id(),
                        VerificationEventKind.CLAIMANT_MERGED, claim.state(), actor, detail)).thenReturn(claim));
    }

    private static TextSpan spanWithin(String articleBody, TextSpanInput span, String path, InputCheck check) {
        if (span == null) {
            return null;
        }
        boolean inside = span.start() >= 0 && span.end() > span.start() && span.end() <= articleBody.length();
        if (!inside) {
            check.fail(path, path + " must lie inside the article body (0 <= start < end <= "
                    + articleBody.length() + "), got [" + span.start() + ", " + span.end() + ")");
            return null;
        }
        return new TextSpan(span.start(), span.end());
    }

    private static Cursor newestFirstCursor(Claim claim) {
        return Cursor.of(NEWEST_FIRST, claim.id());
    }

    private static String blankToNull(String text) {
        return (text == null || text.isBlank()) ? null : text;
    }
}
