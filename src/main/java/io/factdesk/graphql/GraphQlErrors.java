package io.factdesk.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.factdesk.alert.SubscriberTooSlowException;
import io.factdesk.security.NotPermittedException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The one place where exceptions of the API become GraphQL errors a client can act on. */
@ControllerAdvice
class GraphQlErrors {

    @GraphQlExceptionHandler
    GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment environment) {
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.BAD_REQUEST)
                .message(ex.getMessage())
                .extensions(Map.of("argument", ex.argument()))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError notPermitted(NotPermittedException ex, DataFetchingEnvironment environment) {
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.FORBIDDEN)
                .message(ex.getMessage())
                .build();
    }

    /** Ends a subscription stream; the client resumes it with the cursor of the last alert it received. */
    @GraphQlExceptionHandler
    GraphQLError subscriberTooSlow(SubscriberTooSlowException ex, DataFetchingEnvironment environment) {
        return GraphqlErrorBuilder.newError(environment)
                .errorType(SubscriberTooSlowException.CLASSIFICATION)
                .message(ex.getMessage())
                .build();
    }
}
