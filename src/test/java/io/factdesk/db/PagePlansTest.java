package io.factdesk.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.factdesk.article.Article;
import io.factdesk.person.Person;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.JdbcConnections;
import io.factdesk.support.SqlStatementCounter;
import io.factdesk.support.SqlStatementCounter.Statements;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
              claims(first: 50, after: $after, filter: {states: %s}) {
                edges { node { id state text article { headline } claimant { name role } evidenceCount } }
                pageInfo { endCursor }
              }
            }""";

    /**
     * The tables of a page in a schema of their own, with a newsroom's proportions (50,000 claims, ten of them in
     * review), so that PostgreSQL weighs its plans as it does in production rather than for the few rows of the
     * test database.
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
                       CASE WHEN i % 5000 = 0 THEN 'IN_REVIEW'
                            ELSE (ARRAY['NEW', 'IN_PROGRESS', 'PUBLISHED', 'DISMISSED'])[1 + i % 4] END
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
    JdbcConnections jdbc;

    @Test
    void theEditorialPageIsPlannedOnceAndItsPlanReused() throws SQLException {
        String page = pageStatement("[NEW, IN_PROGRESS]");

        assertThat(page).contains("state IN ('NEW', 'IN_PROGRESS')", "LIMIT 51)").doesNotContain("$2");
        onNewsroomVolume(sql -> {
            assertThat(plansAfterSixExecutions(sql, page, "40000"))
                    .extracting(Plans::generic, Plans::custom).containsExactly(1L, 5L);
            // The same statement with its limit a parameter: planned for each execution, on the same data.
            assertThat(plansAfterSixExecutions(sql, page.replace("LIMIT 51)", "LIMIT $2)"), "40000, 51"))
                    .extracting(Plans::generic, Plans::custom).containsExactly(0L, 6L);
        });
    }

    @Test
    void aPageOfARareStateIsPlannedForHowRareItIs() throws SQLException {
        String page = pageStatement("[IN_REVIEW]");

        assertThat(page).contains("state IN ('IN_REVIEW')");
        onNewsroomVolume(sql -> {
            Plans plans = plansAfterSixExecutions(sql, page, "40000");
            assertThat(plans.generic()).isEqualTo(1L);
            // Ten claims in review among 50,000: read from the index of states, not found among all the others.
            assertThat(plan(sql, "EXPLAIN EXECUTE " + plans.statement() + "(40000)"))
                    .containsPattern("Index Cond: \\(\\(state = 'IN_REVIEW'").doesNotContain("claim_pkey");
        });
    }

    /** The statement of the editorial page of claims in {@code states}, as the application sends it. */
    private String pageStatement(String states) {
        HttpGraphQlTester graphQl = this.desk.as(Role.CHECKER);
        Article article = this.data.article("Plans " + TestData.token(), "The army fired 40 shells a day.");
        Person general = this.data.person("General " + TestData.token());
        this.data.claim(article, "The army fired 40 shells a day.", general);
        String after = graphQl.document("{ claims(first: 1) { pageInfo { endCursor } } }").execute()
                .path("claims.pageInfo.endCursor").entity(String.class).get();

        Statements sent = this.statements.record(() -> graphQl.document(EDITORIAL.formatted(states))
                .variable("after", after).execute().path("claims.pageInfo").hasValue());

        assertThat(sent.sql()).as("%s", sent).hasSize(1);
        return sent.sql().get(0);
    }

    private void onNewsroomVolume(SqlCheck check) throws SQLException {
        try (Connection connection = this.jdbc.open(); Statement sql = connection.createStatement()) {
            try {
                sql.execute(NEWSROOM_VOLUME);
                sql.execute("SET search_path = plans, public");
                check.on(sql);
            } finally {
                sql.execute("DROP SCHEMA IF EXISTS plans CASCADE");
            }
        }
    }

    private interface SqlCheck {
        void on(Statement sql) throws SQLException;
    }

    private static String plan(Statement sql, String explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet lines = sql.executeQuery(explain)) {
            while (lines.next()) {
                plan.append(lines.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** The plans PostgreSQL made for the prepared statement so far: reused (generic) and for one execution. */
    private record Plans(String statement, long generic, long custom) {
    }

    /** Prepares {@code statement} and executes it six times: five custom plans, then PostgreSQL chooses. */
    private static Plans plansAfterSixExecutions(Statement sql, String statement, String arguments)
            throws SQLException {
        String name = "page_" + TestData.token();
        sql.execute("PREPARE " + name + " AS " + statement);
        for (int execution = 0; execution < 6; execution++) {
            sql.execute("EXECUTE " + name + "(" + arguments + ")");
        }
        try (ResultSet plans = sql.executeQuery("SELECT generic_plans, custom_plans FROM pg_prepared_statements"
                + " WHERE name = '" + name + "'")) {
            assertThat(plans.next()).isTrue();
            return new Plans(name, plans.getLong("generic_plans"), plans.getLong("custom_plans"));
        }
    }
}
