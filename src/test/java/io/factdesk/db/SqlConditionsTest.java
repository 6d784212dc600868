package io.factdesk.db;

import java.util.List;

import io.factdesk.verification.VerificationState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlConditionsTest {

    @Test
    void onlyTheConditionsGivenAValueReachTheSql() {
        SqlConditions conditions = new SqlConditions()
                .add("state = ANY(:states)", "states", new String[] {"NEW"})
                .add("claimant_id = :claimantId", "claimantId", null);

        assertThat(conditions.where()).isEqualTo("WHERE state = ANY(:states)");
        assertThat(new SqlConditions().where()).isEmpty();
    }

    @Test
    void valuesOfAClosedSetAreWrittenIntoTheStatementInTheirDeclaredOrder() {
        SqlConditions conditions = new SqlConditions()
                .addAnyOf("state", List.of(VerificationState.IN_PROGRESS, VerificationState.NEW,
                        VerificationState.IN_PROGRESS));

        assertThat(conditions.where()).isEqualTo("WHERE state IN ('NEW', 'IN_PROGRESS')");
    }

    @Test
    void noValuesOfAClosedSetAddNoCondition() {
        assertThat(new SqlConditions().addAnyOf("state", List.<VerificationState>of()).where()).isEmpty();
        assertThat(new SqlConditions().addAnyOf("state", (List<VerificationState>) null).where()).isEmpty();
    }

    @Test
    void aPageLimitIsWrittenIntoTheStatement() {
        SqlConditions conditions = new SqlConditions().add("id < :afterId", "afterId", 42L);

        assertThat(conditions.limit(51)).isEqualTo("LIMIT 51");
    }

    @Test
    void aConditionPlannedPerValueKeepsTheLimitAParameter() {
        SqlConditions conditions = new SqlConditions()
                .addPlannedPerValue("search @@ websearch_to_tsquery('english', :search)", "search", "shells");

        assertThat(conditions.limit(21)).isEqualTo("LIMIT :limit");
    }

    @Test
    void aConditionPlannedPerValueThatIsNotGivenLeavesTheLimitInTheText() {
        SqlConditions conditions = new SqlConditions()
                .addPlannedPerValue("search @@ websearch_to_tsquery('english', :search)", "search", null);

        assertThat(conditions.limit(21)).isEqualTo("LIMIT 21");
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> new SqlConditions().limit(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a page cannot hold -1 rows");
    }
}
