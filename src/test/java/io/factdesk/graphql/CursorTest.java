package io.factdesk.graphql;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void decodesWhatItEncoded() {
        String encoded = Cursor.of("article", Instant.parse("2024-06-19T12:00:00.123456Z"), 42L).encode();

        Cursor decoded = Cursor.decode(encoded, "article", 2);

        assertThat(decoded.instantKey(0)).isEqualTo(Instant.parse("2024-06-19T12:00:00.123456Z"));
        assertThat(decoded.longKey(1)).isEqualTo(42L);
    }

    @Test
    void isOpaqueAndUrlSafe() {
        assertThat(Cursor.of("claim", 7L).encode()).doesNotContain("claim", "7", "=", "+", "/");
    }

    @Test
    void refusesACursorOfAnotherKindOrShape() {
        String claimCursor = Cursor.of("claim", 7L).encode();

        assertThatThrownBy(() -> Cursor.decode(claimCursor, "person", 1))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Cursor.decode(claimCursor, "claim", 2))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> Cursor.decode("not base64!", "claim", 1))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("'after' is not a cursor of this list");
        String wrongKey = Cursor.of("claim", "seven").encode();
        assertThatThrownBy(() -> Cursor.decode(wrongKey, "claim", 1).longKey(0))
                .isInstanceOf(InvalidArgumentException.class);
    }
}
