package io.factdesk.graphql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** The {@code DateTime} scalar: ISO-8601 instants with an offset, read into and written from {@link Instant}. */
final class DateTimeScalar {

    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant in time, as an ISO-8601 string with offset")
            .coercing(new InstantCoercing())
            .build();

    private DateTimeScalar() {
    }

    private static final class InstantCoercing implements Coercing<Instant, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Instant instant) {
                return instant.toString();
            }
            if (value instanceof OffsetDateTime dateTime) {
                return dateTime.toInstant().toString();
            }
            throw new CoercingSerializeException("Not a date-time: " + value.getClass().getSimpleName());
        }

        @Override
        public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return parse(text, CoercingParseValueException::new);
            }
            throw new CoercingParseValueException("A DateTime must be a string such as 2024-06-19T08:00:00Z");
        }

        @Override
        public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            if (input instanceof StringValue text) {
                return parse(text.getValue(), CoercingParseLiteralException::new);
            }
            throw new CoercingParseLiteralException("A DateTime must be a string such as 2024-06-19T08:00:00Z");
        }

        private static <E extends RuntimeException> Instant parse(String text,
                java.util.function.Function<String, E> error) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            }
            catch (DateTimeParseException ex) {
                throw error.apply("Not an ISO-8601 date-time with offset (e.g. 2024-06-19T08:00:00Z): " + text);
            }
        }
    }
}
