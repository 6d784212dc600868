package io.factdesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factdesk.demo-data.*}: whether the seed article, its people and its claims are loaded at start-up (once:
 * an article already on file by its url is left alone).
 */
@ConfigurationProperties("factdesk.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {
}
