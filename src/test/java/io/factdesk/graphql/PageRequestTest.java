package io.factdesk.graphql;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void defaultsToTwentyAndFetchesOneMoreToKnowIfAPageFollows() {
        PageRequest page = PageRequest.of(null, null);

        assertThat(page.first()).isEqualTo(20);
        assertThat(page.limitWithLookahead()).isEqualTo(21);
    }

    @Test
    void capsThePageSize() {
        assertThat(PageRequest.of(100, null).first()).isEqualTo(100);
        assertThatThrownBy(() -> PageRequest.of(101, null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> PageRequest.of(-1, null)).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void theLookaheadRowOnlySaysThatAnotherPageFollows() {
        PageRequest page = PageRequest.of(3, null);
        List<Integer> rows = IntStream.rangeClosed(1, 4).boxed().toList();

        Connection<Integer> connection = Connection.of(rows, page, row -> Cursor.of("n", row));

        assertThat(connection.edges()).extracting(Connection.Edge::node).containsExactly(1, 2, 3);
        assertThat(connection.pageInfo().hasNextPage()).isTrue();
        assertThat(connection.pageInfo().endCursor()).isEqualTo(Cursor.of("n", 3).encode());
    }

    @Test
    void eachEdgeResumesAfterItsOwnNodeAlsoOnceTheNodesAreMapped() {
        Connection<Integer> connection = Connection.of(List.of(1, 2, 3), PageRequest.of(3, null), row -> Cursor.of("n", row));

        assertThat(connection.edges()).extracting(Connection.Edge::cursor)
                .containsExactly(Cursor.of("n", 1).encode(), Cursor.of("n", 2).encode(), Cursor.of("n", 3).encode());
        assertThat(connection.map(row -> "item " + row).edges()).extracting(Connection.Edge::cursor)
                .containsExactly(Cursor.of("n", 1).encode(), Cursor.of("n", 2).encode(), Cursor.of("n", 3).encode());
    }

    @Test
    void theLastPageSaysSo() {
        Connection<Integer> connection = Connection.of(List.of(1, 2), PageRequest.of(3, null), row -> Cursor.of("n", row));

        assertThat(connection.pageInfo().hasNextPage()).isFalse();
    }
}
