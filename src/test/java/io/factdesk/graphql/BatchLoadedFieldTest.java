package io.factdesk.graphql;

import java.util.List;

import io.factdesk.db.LateralJoin;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchLoadedFieldTest {

    @Test
    void aJoinIsNamedAfterItsFieldSoThatTheFieldsOfOnePageCannotClash() {
        BatchLoadedField<Long, Integer> count = new BatchLoadedField<>("Claim", "evidenceCount", Integer.class,
                parents -> Mono.just(List.of()));
        LateralJoin<Integer> misnamed = LateralJoin.valueOf("sources", "count(*)::int", "FROM evidence",
                Integer.class);

        assertThatThrownBy(() -> count.joinedInPages(misnamed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the lateral join of Claim.evidenceCount is named sources, not after the field");
    }
}
