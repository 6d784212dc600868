package io.factdesk.matching;

import java.util.List;

import io.factdesk.claim.Claim;
import io.factdesk.graphql.Connection;

/** A page of claims that state the same thing as another: {@code SimilarClaimConnection}. */
public record SimilarClaims(List<Edge> edges, Connection.PageInfo pageInfo) {

    /** One similar claim with how sure matching is and whether the desk confirmed it. */
    public record Edge(String cursor, Claim node, double score, boolean confirmed) {
    }
}
