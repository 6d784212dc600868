package io.factdesk.claim;

import io.factdesk.graphql.Connection;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Registers the batch loaders behind the claim connections of other types, so that a page of articles or people
 * loads its claims in one statement. Controllers receive them as {@code DataLoader} parameters of the same name.
 */
@Configuration(proxyBeanMethods = false)
class ClaimLoaders {

    ClaimLoaders(BatchLoaderRegistry registry, ClaimService claims) {
        registry.<ClaimsOfArticle, Connection<Claim>>forName("claimsOfArticle")
                .registerMappedBatchLoader((keys, environment) -> claims.claimsOfArticles(keys));
        registry.<ClaimsOfClaimant, Connection<Claim>>forName("claimsOfClaimant")
                .registerMappedBatchLoader((keys, environment) -> claims.claimsOfClaimants(keys));
    }
}
