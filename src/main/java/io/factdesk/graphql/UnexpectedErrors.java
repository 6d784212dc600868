package io.factdesk.graphql;

import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import io.factdesk.observability.CorrelationId;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The last word on exceptions nothing else handled: the client gets a short message and the correlation id, never
 * a stack trace, SQL or class name; the log gets the whole story under the same id. A database that cannot be
 * reached is told apart, since the client can usefully retry.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedErrors extends DataFetcherExceptionResolverAdapter {

    static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

    private static final Log log = LogFactory.getLog(UnexpectedErrors.class);

    UnexpectedErrors() {
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            return null; // security.RefusalErrors explains those
        }
        String reference = CorrelationId.current();
        if (ex instanceof AbortExecutionException) {
            log.debug("Request abandoned [" + reference + "]: " + ex.getMessage());
            return error(environment, ErrorType.BAD_REQUEST, "The request was cancelled", reference);
        }
        if (isDatabaseUnavailable(ex)) {
            log.warn("Database unavailable [" + reference + "]: " + ex);
            return error(environment, UNAVAILABLE, "The database is unavailable right now; retry shortly", reference);
        }
        log.error("Unexpected failure [" + reference + "] in " + environment.getExecutionStepInfo().getPath(), ex);
        return error(environment, ErrorType.INTERNAL_ERROR, "Internal error", reference);
    }

    private static GraphQLError error(DataFetchingEnvironment environment, ErrorClassification type, String message,
            String reference) {
        return GraphqlErrorBuilder.newError(environment)
                .errorType(type)
                .message(message + " (reference " + reference + ")")
                .extensions(Map.of("correlationId", reference))
                .build();
    }

    private static boolean isDatabaseUnavailable(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof R2dbcNonTransientResourceException || cause instanceof R2dbcTimeoutException
                    || cause instanceof R2dbcTransientResourceException
                    || cause instanceof TimeoutException
                    || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
