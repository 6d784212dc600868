package io.factdesk.db;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectionTest {

    private static final Projection CLAIM = Projection.alwaysReading("id", "state")
            .field("id").field("state").field("article")
            .field("text", "text").field("span", "span_start", "span_end").field("createdAt", "created_at")
            .unshown("imported_from");

    @Test
    void everyColumnInTheOrderDeclared() {
        assertThat(CLAIM.columns()).isEqualTo("id, state, text, span_start, span_end, created_at, imported_from");
    }

    @Test
    void aSelectionReadsTheColumnsItsFieldsShowAndTheOthersAsNull() {
        assertThat(CLAIM.columns(Set.of("span", "article")))
                .isEqualTo("id, state, NULL AS text, span_start, span_end, NULL AS created_at, NULL AS imported_from");
    }

    @Test
    void aFieldTheProjectionDoesNotKnowReadsEveryColumn() {
        assertThat(CLAIM.columns(Set.of("text", "claimReview"))).isEqualTo(CLAIM.columns());
        assertThat(CLAIM.columns(Projection.EVERY_FIELD)).isEqualTo(CLAIM.columns());
    }

    @Test
    void introspectionNeedsNoColumn() {
        assertThat(CLAIM.columnsFor(Set.of("__typename"))).containsExactly("id", "state");
    }

    @Test
    void aFieldIsDeclaredOnceAndAColumnIsNotAddedTwice() {
        assertThatThrownBy(() -> CLAIM.field("text", "text"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the field text is declared twice");
        assertThatThrownBy(() -> CLAIM.unshown("created_at"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the column created_at is declared already");
    }
}
