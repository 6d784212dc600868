package io.factdesk.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.factdesk.article.Article;
import io.factdesk.person.Person;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.SqlStatementCounter;
import io.factdesk.support.SqlStatementCounter.Statements;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's statement is planned by PostgreSQL once per connection and its plan reused, unless one of its
 * conditions needs a plan for its value (a search). The statements are the ones the application sends, prepared
 * again here on a connection of the test's own (which pooled connection served a request is not known), over
 * tables of a realistic size.
 */
@IntegrationTest
class PagePlansTest {

    private static final String EDITORIAL = """
            query ($after: String) {
              claims(first: 50, after: $after, filter: {states: [NEW, IN_PROGRESS]}) {
                edges { node { id state text article { headline } claimant { name role } evidenceCount } }
                pageInfo { endCursor }
              }
            }""";

    /**
     * The tables of a page in a schema of their own, with a newsroom's proportions (50,000 claims), so that
     * PostgreSQL weighs its plans as it does in production rather than for the few rows of the test database.
     */
    private static final String NEWSROOM_VOLUME = """
            DROP SCHEMA IF EXISTS plans CASCADE;
            CREATE SCHEMA plans;
            CREATE TABLE plans.article (LIKE public.article INCLUDING ALL);
            CREATE TABLE plans.person (LIKE public.person INCLUDING ALL);
            CREATE TABLE plans.claim (LIKE public.claim INCLUDING ALL);
            CREATE TABLE plans.evidence (LIKE public.evidence INCLUDING ALL);
            INSERT INTO plans.article (headline, outlet, url, published_at, body)
                SELECT 'Headline ' || i, 'Outlet', 'https://plans.example/' || i, now() - i * interval '1 hour',
                       'Body ' || i
                FROM generate_series(1, 2000) AS i;
            INSERT INTO plans.person (name, role) SELECT 'Person ' || i, 'Minister' FROM generate_series(1, 1000) AS i;
            INSERT INTO plans.claim (article_id, claimant_id, text, state)
                SELECT 1 + i % 2000, 1 + i % 1000, 'Claim ' || i,
                       (ARRAY['NEW', 'IN_PROGRESS', 'IN_REVIEW', 'PUBLISHED', 'DISMISSED'])[1 + i % 5]
                FROM generate_series(1, 50000) AS i;
            INSERT INTO plans.evidence (claim_id, url, source_name, stance, added_by)
                SELECT 1 + i % 50000, 'https://source.example/' || i, 'Source', 'SUPPORTS', 'checker'
                FROM generate_series(1, 60000) AS i;
            ANALYZE plans.article, plans.person, plans.claim, plans.evidence;
            """;

    @Autowired
    Desk desk;

    @Autowired
    TestData data;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    FlywayProperties database;

    @Test
    void theEditorialPageIsPlannedOnceAndItsPlanReused() throws SQLException {
        HttpGraphQlTester graphQl = this.desk.as(Role.CHECKER);
        Article article = this.data.article("Plans " + TestData.token(), "The army fired 40 shells a day.");
        Person general = this.data.person("General " + TestData.token());
        this.data.claim(article, "The army fired 40 shells a day.", general);
        String after = graphQl.document("{ claims(first: 1) { pageInfo { endCursor } } }").execute()
                .path("claims.pageInfo.endCursor").entity(String.class).get();

        Statements sent = this.statements.record(() -> graphQl.document(EDITORIAL).variable("after", after)
                .execute().path("claims.pageInfo").hasValue());

        assertThat(sent.sql()).as("%s", sent).hasSize(1);
        String page = sent.sql().get(0);
        assertThat(page).contains("LIMIT 51)").doesNotContain("$3");
        try (Connection connection = DriverManager.getConnection(this.database.getUrl(), this.database.getUser(),
                this.database.getPassword()); Statement sql = connection.createStatement()) {
            try {
                sql.execute(NEWSROOM_VOLUME);
                sql.execute("SET search_path = plans, public");
                long afterId = 40_000;
                assertThat(plansAfterSixExecutions(sql, page, "'{NEW,IN_PROGRESS}', " + afterId))
                        .as("generic, custom plans").containsExactly(1L, 5L);
                // The same statement with its limit a parameter: planned for each execution, on the same data.
                assertThat(plansAfterSixExecutions(sql, page.replace("LIMIT 51)", "LIMIT $3)"),
                        "'{NEW,IN_PROGRESS}', " + afterId + ", 51"))
                        .as("generic, custom plans").containsExactly(0L, 6L);
            } finally {
                sql.execute("DROP SCHEMA IF EXISTS plans CASCADE");
            }
        }
    }

    /** PostgreSQL's plans made for a statement, generic and custom, after it was executed six times. */
    private static List<Long> plansAfterSixExecutions(Statement sql, String statement, String arguments)
            throws SQLException {
        String name = "page_" + TestData.token();
        sql.execute("PREPARE " + name + " AS " + statement);
        for (int execution = 0; execution < 6; execution++) {
            sql.execute("EXECUTE " + name + "(" + arguments + ")");
        }
        try (ResultSet plans = sql.executeQuery("SELECT generic_plans, custom_plans FROM pg_prepared_statements"
                + " WHERE name = '" + name + "'")) {
            assertThat(plans.next()).isTrue();
            return List.of(plans.getLong("generic_plans"), plans.getLong("custom_plans"));
        }
    }

    @Test
    void aSearchPageIsPlannedForEachSearch() {
        String word = TestData.word("planned");
        Article article = this.data.article("Plans " + TestData.token(), "Exports fell by a fifth " + word + ".");
        this.data.claim(article, "Exports fell by a fifth " + word + ".", null);

        Statements sent = this.statements.record(() -> this.desk.as(Role.CHECKER)
                .document("query ($search: String) { claims(first: 20, filter: {search: $search}) "
                        + "{ edges { node { id text } } } }")
                .variable("search", word)
                .execute()
                .path("claims.edges").entityList(Object.class).hasSize(1));

        assertThat(sent.sql()).as("%s", sent).hasSize(1);
        assertThat(sent.sql().get(0)).containsPattern("LIMIT \\$\\d+").doesNotContain("LIMIT 21");
    }
}
