package io.factdesk.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.dataloader.instrumentation.DataLoaderInstrumentationContext;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** Counts the loads each DataLoader was asked for during the last GraphQL request over HTTP. */
@TestConfiguration(proxyBeanMethods = false)
public class DataLoaderKeys {

    private final Map<String, Integer> loads = new ConcurrentHashMap<>();

    @Bean
    WebGraphQlInterceptor countDataLoaderLoads() {
        DataLoaderInstrumentation counting = new DataLoaderInstrumentation() {
            @Override
            public DataLoaderInstrumentationContext<Object> beginLoad(DataLoader<?, ?> dataLoader, Object key,
                    Object loadContext) {
                DataLoaderKeys.this.loads.merge(dataLoader.getName(), 1, Integer::sum);
                return null;
            }
        };
        return (request, chain) -> {
            this.loads.clear();
            // Spring registers the request's DataLoaders into the registry the input already has; other
            // instrumentations copying the registry keep this one's instrumentation on every loader.
            DataLoaderRegistry registry = DataLoaderRegistry.newRegistry().instrumentation(counting).build();
            request.configureExecutionInput((input, builder) -> builder.dataLoaderRegistry(registry).build());
            return chain.next(request);
        };
    }

    /** How many loads the named DataLoader was asked for in the last request. */
    public int of(String dataLoaderName) {
        return this.loads.getOrDefault(dataLoaderName, 0);
    }
}
