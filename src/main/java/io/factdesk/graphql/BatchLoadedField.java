package io.factdesk.graphql;

import java.util.List;
import java.util.function.Function;

import io.factdesk.db.LateralJoin;
import reactor.core.publisher.Mono;

/**
 * A field whose values are loaded for many parents at once, declared once and used two ways: a page of parents
 * reads it in its own statement through the field's {@code join}, before graphql-java descends ({@link Prefetch}),
 * and a parent that arrived any other way is served through a DataLoader batch of the same {@code load}.
 *
 * @param typeName  the GraphQL type the field belongs to
 * @param fieldName the field
 * @param valueType the Java type of its values, for Spring's check of the schema against the code at start-up
 * @param load      the values for a list of parents, in the same order (null where a parent has none)
 * @param join      how a page of parents reads the field in its own statement instead, named after the field;
 *                  null when the page has to load it with {@code load}
 */
public record BatchLoadedField<P, V>(String typeName, String fieldName, Class<V> valueType,
        Function<List<P>, Mono<List<V>>> load, LateralJoin<V> join) {

    public BatchLoadedField {
        if (join != null && !join.alias().equals(fieldName)) {
            throw new IllegalArgumentException("the lateral join of " + typeName + "." + fieldName
                    + " is named " + join.alias() + ", not after the field");
        }
    }

    public BatchLoadedField(String typeName, String fieldName, Class<V> valueType,
            Function<List<P>, Mono<List<V>>> load) {
        this(typeName, fieldName, valueType, load, null);
    }

    /** This field, read by a page of its parents in the page's statement through {@code join}. */
    public BatchLoadedField<P, V> joinedInPages(LateralJoin<V> join) {
        return new BatchLoadedField<>(this.typeName, this.fieldName, this.valueType, this.load, join);
    }

    /** The values for {@code parents}, one each in their order: what both ways of loading the field rely on. */
    Mono<List<V>> loadFor(List<P> parents) {
        return this.load.apply(parents).map(values -> {
            if (values.size() != parents.size()) {
                throw new IllegalStateException(dataLoaderName() + " loaded " + values.size() + " values for "
                        + parents.size() + " parents");
            }
            return values;
        });
    }

    /** The name of the DataLoader that serves parents that were not prefetched. */
    public String dataLoaderName() {
        return this.typeName + "." + this.fieldName;
    }
}
