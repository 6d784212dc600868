package io.factdesk.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcUrlsTest {

    @Test
    void pointsFlywayAtTheDatabaseR2dbcUses() {
        assertThat(JdbcUrls.fromR2dbc("r2dbc:postgresql://db:5432/factdesk?sslMode=require"))
                .isEqualTo("jdbc:postgresql://db:5432/factdesk?sslMode=require");
        assertThat(JdbcUrls.fromR2dbc("r2dbc:pool:postgresql://localhost/factdesk"))
                .isEqualTo("jdbc:postgresql://localhost/factdesk");
    }

    @Test
    void leavesCredentialsToFlywaysOwnProperties() {
        assertThat(JdbcUrls.fromR2dbc("r2dbc:postgresql://desk:secret@db:5432/factdesk"))
                .isEqualTo("jdbc:postgresql://db:5432/factdesk");
    }

    @Test
    void refusesAnotherDatabase() {
        assertThatThrownBy(() -> JdbcUrls.fromR2dbc("r2dbc:mysql://db/factdesk"))
                .hasMessageContaining("must be a PostgreSQL R2DBC URL");
    }
}
