package io.factdesk.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.LogFactory;

/**
 * A real PostgreSQL server started by factdesk itself, so that a fresh machine needs nothing installed. With a
 * data directory its data survives restarts; without one it is thrown away on close.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setPort(port);
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(builder.start(), dataDirectory);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL"
                    + (dataDirectory == null ? "" : " in " + dataDirectory
                            + " (is another factdesk using it, or did a killed one leave postmaster.pid behind?)"),
                    ex);
        }
    }

    String describe() {
        return "port " + this.postgres.getPort()
                + ((this.dataDirectory == null) ? ", throwaway data" : ", data in " + this.dataDirectory);
    }

    Map<String, Object> connectionProperties() {
        return Map.of(
                DatabaseEnvironmentPostProcessor.R2DBC_URL,
                "r2dbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres",
                "spring.r2dbc.username", "postgres",
                "spring.r2dbc.password", "");
    }

    @Override
    public synchronized void close() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        try {
            this.postgres.close();
        }
        catch (IOException ex) {
            LogFactory.getLog(EmbeddedPostgresServer.class).warn("Could not stop the embedded PostgreSQL cleanly", ex);
        }
    }
}
