package io.factdesk.graphql;

import java.util.Map;

import graphql.execution.SubscriptionExecutionStrategy;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Keeps subscription events in the order their stream emits them. By default graphql-java sends each event as soon
 * as its execution finishes, so an alert whose nested fields load sooner overtakes an earlier one, and a client that
 * resumes from its last cursor would skip the alert it overtook.
 */
@Component
class OrderedSubscriptionEvents implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        request.configureExecutionInput((input, builder) -> builder
                .graphQLContext(Map.of(SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true))
                .build());
        return chain.next(request);
    }
}
