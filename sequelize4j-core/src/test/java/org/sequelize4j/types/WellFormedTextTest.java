package org.sequelize4j.types;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Text that cannot be stored as given is refused wherever the offending character sits, in short
 * strings and long ones, across the chunks the check reads (256 characters each) too.
 */
class WellFormedTextTest {

    private static String filler(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + i % 26));
        }
        return sb.toString();
    }

    private static String with(int length, int at, String inserted) {
        String base = filler(length);
        return base.substring(0, at) + inserted + base.substring(at);
    }

    @Test
    void acceptsPlainAndPairedTextOfAnyLength() {
        for (int length : new int[] {0, 1, 255, 256, 257, 511, 512, 1000}) {
            assertDoesNotThrow(() -> TypeCoercion.checkWellFormed(filler(length)));
            // A pair split across two chunks is still a pair.
            for (int at : new int[] {0, 254, 255, 256}) {
                if (at <= length) {
                    assertDoesNotThrow(() -> TypeCoercion.checkWellFormed(with(length, at, "\uD83D\uDE00")),
                            "pair at " + at + " of " + length);
                }
            }
        }
        assertDoesNotThrow(() -> TypeCoercion.checkWellFormed("Zoë, 東京, émoji \uD83C\uDF89"));
    }

    @Test
    void refusesNulAndUnpairedSurrogatesWhereverTheyAre() {
        for (int length : new int[] {0, 10, 255, 256, 600}) {
            for (int at : new int[] {0, 5, 255, 256, 257, 511, 512, length}) {
                if (at > length) {
                    continue;
                }
                String where = " at " + at + " of " + length;
                TypeMismatch nul = assertThrows(TypeMismatch.class, () -> TypeCoercion.checkWellFormed(with(length, at, "\0")), where);
                assertTrue(nul.getMessage().contains("NUL character (\\u0000) at index " + at), nul.getMessage());
                TypeMismatch high = assertThrows(TypeMismatch.class,
                        () -> TypeCoercion.checkWellFormed(with(length, at, "\uD83D")), where);
                assertTrue(high.getMessage().contains("unpaired surrogate at index " + at), high.getMessage());
                TypeMismatch low = assertThrows(TypeMismatch.class,
                        () -> TypeCoercion.checkWellFormed(with(length, at, "\uDE00")), where);
                assertTrue(low.getMessage().contains("unpaired surrogate at index " + at), low.getMessage());
            }
        }
    }
}
