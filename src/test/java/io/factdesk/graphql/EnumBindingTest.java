package io.factdesk.graphql;

import java.util.Arrays;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import io.factdesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every enum of the SDL is bound to the Java enum of its name, value for value: a Java constant the SDL lacks
 * would fail only when a field first returned it, and an SDL value the Java enum lacks would reach the code as a
 * string.
 */
@IntegrationTest
class EnumBindingTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyEnumOfTheSchemaIsBoundToItsJavaEnumValueForValue() {
        List<GraphQLEnumType> enums = this.graphQlSource.schema().getAllTypesAsList().stream()
                .filter(GraphQLEnumType.class::isInstance).map(GraphQLEnumType.class::cast)
                .filter(type -> !type.getName().startsWith("__")).toList();

        assertThat(enums).extracting(GraphQLEnumType::getName).containsExactlyInAnyOrderElementsOf(
                GraphQlWiring.ENUMS.stream().map(Class::getSimpleName).toList());
        for (GraphQLEnumType type : enums) {
            Class<? extends Enum<?>> javaType = GraphQlWiring.ENUMS.stream()
                    .filter(candidate -> candidate.getSimpleName().equals(type.getName())).findFirst().orElseThrow();
            assertThat(type.getValues()).as(type.getName()).allSatisfy(value -> {
                assertThat(value.getValue()).isInstanceOf(javaType);
                assertThat(((Enum<?>) value.getValue()).name()).isEqualTo(value.getName());
            });
            assertThat(type.getValues()).extracting(GraphQLEnumValueDefinition::getName).as(type.getName())
                    .containsExactlyElementsOf(Arrays.stream(javaType.getEnumConstants()).map(Enum::name).toList());
        }
    }
}
