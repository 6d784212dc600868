package io.factdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.test.context.TestComponent;

/**
 * Plain JDBC connections to the application's database (Flyway's URL), for what a test must do outside the
 * application's pool: a session of its own, statements the application never sends.
 */
@TestComponent
public class JdbcConnections {

    private final FlywayProperties database;

    JdbcConnections(FlywayProperties database) {
        this.database = database;
    }

    public Connection open() throws SQLException {
        return DriverManager.getConnection(this.database.getUrl(), this.database.getUser(),
                this.database.getPassword());
    }
}
