package io.factdesk.security;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Says plainly why an operation was refused: without a sign-in, {@code UNAUTHORIZED} with how to sign in; with
 * one, {@code FORBIDDEN} naming the operation and the caller's roles.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalErrors implements DataFetcherExceptionResolver, SubscriptionExceptionResolver {

    private static final String SIGN_IN = "Sign in first: send a desk member's token as 'Authorization: Bearer <token>'"
            + " (over WebSocket, in the connection_init payload)";

    @Override
    public Mono<List<GraphQLError>> resolveException(Throwable ex, DataFetchingEnvironment environment) {
        if (!isRefusal(ex)) {
            return Mono.empty();
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(RefusalErrors::isSignedIn)
                .map(authentication -> forbidden(environment, Actor.of(authentication)))
                .defaultIfEmpty(unauthorized(environment))
                .map(List::of);
    }

    /** A subscription refused when it starts ends its stream with the same explanation. */
    @Override
    public Mono<List<GraphQLError>> resolveException(Throwable ex) {
        if (!isRefusal(ex)) {
            return Mono.empty();
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(RefusalErrors::isSignedIn)
                .map(authentication -> GraphqlErrorBuilder.newError().errorType(ErrorType.FORBIDDEN)
                        .message("Your roles " + Actor.of(authentication).roles().stream().sorted().toList()
                                + " do not allow this subscription")
                        .build())
                .defaultIfEmpty(GraphqlErrorBuilder.newError().errorType(ErrorType.UNAUTHORIZED)
                        .message(SIGN_IN).build())
                .map(List::of);
    }

    private static boolean isRefusal(Throwable ex) {
        return ex instanceof AccessDeniedException || ex instanceof AuthenticationException;
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static GraphQLError unauthorized(DataFetchingEnvironment environment) {
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.UNAUTHORIZED)
                .message(SIGN_IN)
                .build();
    }

    private static GraphQLError forbidden(DataFetchingEnvironment environment, Actor actor) {
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.FORBIDDEN)
                .message("Your roles " + actor.roles().stream().sorted().toList() + " do not allow "
                        + environment.getField().getName())
                .build();
    }
}
