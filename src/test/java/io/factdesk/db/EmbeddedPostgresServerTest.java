package io.factdesk.db;

import java.nio.file.Path;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    @Test
    void keepsItsDataAcrossARestart(@TempDir Path dataDirectory) {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            DatabaseClient db = clientFor(server);
            db.sql("CREATE TABLE kept (note text)").then().block();
            db.sql("INSERT INTO kept VALUES ('survives')").then().block();
        }

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            String note = clientFor(restarted).sql("SELECT note FROM kept")
                    .map(row -> row.get("note", String.class)).one().block();
            assertThat(note).isEqualTo("survives");
        }
    }

    private static DatabaseClient clientFor(EmbeddedPostgresServer server) {
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(
                (String) server.connectionProperties().get(DatabaseEnvironmentPostProcessor.R2DBC_URL))
                .mutate()
                .option(ConnectionFactoryOptions.USER, "postgres")
                .build();
        ConnectionFactory connections = ConnectionFactories.get(options);
        return DatabaseClient.create(connections);
    }
}
