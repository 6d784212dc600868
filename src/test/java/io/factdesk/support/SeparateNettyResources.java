package io.factdesk.support;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * For a second application started inside a test JVM: its own Reactor Netty event loops and connection pool.
 * With the shared global ones, closing the second application disposes them under the first one's server and
 * clients, and its WebSocket connections hang.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SeparateNettyResources {

    @Bean
    ReactorResourceFactory reactorResourceFactory() {
        ReactorResourceFactory resources = new ReactorResourceFactory();
        resources.setUseGlobalResources(false);
        return resources;
    }
}
