package io.factdesk.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;

/** The {@code JSON} scalar: maps, lists, strings, numbers and booleans passed through unchanged. */
final class JsonScalar {

    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("JSON")
            .description("A JSON value, passed through as is")
            .coercing(new PassThrough())
            .build();

    private JsonScalar() {
    }

    private static final class PassThrough implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return value;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            return input;
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            return literal(input, variables);
        }

        private static Object literal(Value<?> input, CoercedVariables variables) {
            if (input instanceof StringValue text) {
                return text.getValue();
            }
            if (input instanceof IntValue number) {
                return number.getValue();
            }
            if (input instanceof FloatValue number) {
                return number.getValue();
            }
            if (input instanceof BooleanValue bool) {
                return bool.isValue();
            }
            if (input instanceof NullValue) {
                return null;
            }
            if (input instanceof VariableReference variable) {
                return variables.get(variable.getName());
            }
            if (input instanceof ArrayValue array) {
                return array.getValues().stream().map(value -> literal(value, variables)).toList();
            }
            if (input instanceof ObjectValue object) {
                return fields(object.getObjectFields(), variables);
            }
            throw new CoercingParseLiteralException("Not a JSON value: " + input);
        }

        private static Map<String, Object> fields(List<ObjectField> fields, CoercedVariables variables) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (ObjectField field : fields) {
                map.put(field.getName(), literal(field.getValue(), variables));
            }
            return map;
        }
    }
}
