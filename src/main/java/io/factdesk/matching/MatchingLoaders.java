package io.factdesk.matching;

import java.util.HashMap;


import io.factdesk.graphql.Batches;
import reactor.core.publisher.Flux;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** Registers the batch loader behind {@code Claim.similarClaims}: one statement per page shape. */
@Configuration(proxyBeanMethods = false)
class MatchingLoaders {

    MatchingLoaders(BatchLoaderRegistry registry, SimilarClaimPages pages) {
        registry.<SimilarClaimsOf, SimilarClaims>forName("similarClaimsOf")
                .registerMappedBatchLoader((keys, environment) -> Flux
                        .fromIterable(Batches.groupedBy(keys, SimilarClaimsOf::shape))
                        .concatMap(group -> pages.forClaims(group))
                        .reduce(new HashMap<>(), (all, some) -> {
                            all.putAll(some);
                            return all;
                        }));
    }
}
