package io.factdesk.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Gives every {@link BatchLoadedField} its data fetcher and the DataLoader behind it. */
@Configuration(proxyBeanMethods = false)
class BatchLoadedFieldsConfiguration {

    BatchLoadedFieldsConfiguration(List<BatchLoadedField<?, ?>> fields, BatchLoaderRegistry registry) {
        fields.forEach(field -> registerDataLoader(field, registry));
    }

    @Bean
    RuntimeWiringConfigurer batchLoadedFieldFetchers(List<BatchLoadedField<?, ?>> fields) {
        return wiring -> fields.forEach(field -> wiring.type(field.typeName(),
                type -> type.dataFetcher(field.fieldName(), new PrefetchedOrBatchLoaded(field))));
    }

    private static <P, V> void registerDataLoader(BatchLoadedField<P, V> field, BatchLoaderRegistry registry) {
        registry.<P, V>forName(field.dataLoaderName()).registerMappedBatchLoader((keys, environment) -> {
            List<P> parents = List.copyOf(keys);
            return field.loadFor(parents).map(values -> {
                Map<P, V> byParent = new LinkedHashMap<>();
                for (int i = 0; i < parents.size(); i++) {
                    if (values.get(i) != null) { // a missing key is a null value to a mapped batch loader
                        byParent.put(parents.get(i), values.get(i));
                    }
                }
                return byParent;
            });
        });
    }
}
