package io.factdesk.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLNonNull;
import graphql.Scalars;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedErrorsTest {

    private final UnexpectedErrors resolver = new UnexpectedErrors();

    private static DataFetchingEnvironment environment() {
        ExecutionStepInfo step = ExecutionStepInfo.newExecutionStepInfo()
                .type(GraphQLNonNull.nonNull(Scalars.GraphQLString))
                .path(ResultPath.rootPath().segment("claims"))
                .build();
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .executionStepInfo(step)
                .mergedField(MergedField.newMergedField(Field.newField("claims").build()).build())
                .build();
    }

    private GraphQLError resolve(Throwable ex) {
        MDC.put("correlationId", "ref-12345678");
        try {
            List<GraphQLError> errors = this.resolver.resolveException(ex, environment()).block();
            assertThat(errors).hasSize(1);
            return errors.get(0);
        }
        finally {
            MDC.remove("correlationId");
        }
    }

    @Test
    void anUnknownFailureIsAnInternalErrorWithAReferenceAndNothingElse() {
        GraphQLError error = resolve(new IllegalStateException("SELECT secret FROM io.factdesk.Internal"));

        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
        assertThat(error.getMessage()).isEqualTo("Internal error (reference ref-12345678)");
        assertThat(error.getExtensions()).containsOnly(Map.entry("correlationId", "ref-12345678"));
    }

    @Test
    void aDatabaseOutageSaysSoAndInvitesARetry() {
        GraphQLError error = resolve(new DataAccessResourceFailureException("gone",
                new R2dbcNonTransientResourceException("Connection refused")));

        assertThat(error.getErrorType()).isEqualTo(UnexpectedErrors.UNAVAILABLE);
        assertThat(error.getMessage()).startsWith("The database is unavailable right now; retry shortly")
                .doesNotContain("refused");
    }
}
