package io.factdesk.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides which PostgreSQL factdesk talks to, before any bean needs it: the configured one when
 * {@code spring.r2dbc.url} is set, otherwise an embedded server it starts itself. Flyway is pointed at the same
 * database, so that one setting is enough to move the whole app to another server.
 */
public class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String R2DBC_URL = "spring.r2dbc.url";

    /**
     * What the embedded default turns on for local development, below every other source so that any setting
     * overrides it: a documented token signing key (never use it in production) and the token endpoint.
     */
    static final Map<String, Object> EMBEDDED_DEFAULTS = Map.of(
            "factdesk.security.local-signing-key", "factdesk-local-development-key-do-not-use-in-production",
            "factdesk.security.dev-tokens", "true");

    private final Log log;

    public DatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DatabaseEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> derived = new HashMap<>();
        if (!environment.containsProperty(R2DBC_URL) && embeddedEnabled(environment)) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory(environment),
                    environment.getProperty("factdesk.embedded-postgres.port", Integer.class, 0));
            closeWithApplication(application, server);
            this.log.info("No spring.r2dbc.url configured: started an embedded PostgreSQL, " + server.describe());
            environment.getPropertySources().addLast(new MapPropertySource("factdeskEmbeddedDefaults",
                    EMBEDDED_DEFAULTS));
            derived.putAll(server.connectionProperties());
        }
        if (!environment.containsProperty("spring.flyway.url")) {
            derived.putAll(flywayPropertiesFrom(environment, derived));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("factdeskDatabase", derived));
    }

    private static boolean embeddedEnabled(ConfigurableEnvironment environment) {
        return environment.getProperty("factdesk.embedded-postgres.enabled", Boolean.class, true);
    }

    /** An empty data directory setting means a throwaway server (tests); otherwise data survives restarts. */
    private static Path dataDirectory(ConfigurableEnvironment environment) {
        String configured = environment.getProperty("factdesk.embedded-postgres.data-dir", "");
        return configured.isBlank() ? null : Path.of(configured);
    }

    private static void closeWithApplication(SpringApplication application, EmbeddedPostgresServer server) {
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
                server.close();
            }
        });
    }

    /** Flyway needs JDBC; it reuses the R2DBC coordinates unless it was configured on its own. */
    private static Map<String, Object> flywayPropertiesFrom(ConfigurableEnvironment environment,
            Map<String, Object> derived) {
        String r2dbcUrl = (String) derived.getOrDefault(R2DBC_URL, environment.getProperty(R2DBC_URL));
        if (r2dbcUrl == null) {
            return Map.of();
        }
        Map<String, Object> flyway = new HashMap<>();
        flyway.put("spring.flyway.url", JdbcUrls.fromR2dbc(r2dbcUrl));
        copy(environment, derived, "spring.r2dbc.username", "spring.flyway.user", flyway);
        copy(environment, derived, "spring.r2dbc.password", "spring.flyway.password", flyway);
        return flyway;
    }

    private static void copy(ConfigurableEnvironment environment, Map<String, Object> derived, String from,
            String to, Map<String, Object> target) {
        Object value = derived.getOrDefault(from, environment.getProperty(from));
        if (value != null) {
            target.put(to, value);
        }
    }

    @Override
    public int getOrder() {
        // After the config files are read, so that application.properties and profiles are seen.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
