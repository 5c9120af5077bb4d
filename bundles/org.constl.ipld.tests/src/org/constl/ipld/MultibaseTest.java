package org.constl.ipld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MultibaseTest {

    @Test
    void matchesEveryGoldenVectorBothWays() {
        for (String[] row : Vectors.load("multibase.txt")) {
            Multibase base = Multibase.valueOf(row[0].toUpperCase(Locale.ROOT));
            byte[] data = Vectors.unhex(row[1]);
            assertEquals(row[2], base.encode(data), row[0] + " " + row[1]);
            assertArrayEquals(data, Multibase.decode(row[2]), row[2]);
            assertEquals(base, Multibase.of(row[2]));
        }
    }

    @Test
    void refusesMalformedText() {
        String[] bad = {
            "", "x123", "z0OIl", "bA", "b1", "bab", "f0", "fG0", "fAA", "m====", "mAA=", "MAA", "MAA=",
            "MAAA==", "uAB+", "m\u00e9", "k!", "z\u0661"
        };
        for (String text : bad) {
            assertThrows(IpldException.class, () -> Multibase.decode(text), text);
        }
    }

    @Test
    void refusesOversizedBaseXText() {
        String huge = "z" + "2".repeat(org.constl.ipld.internal.BaseX.MAX_TEXT_LENGTH + 1);
        assertThrows(IpldException.class, () -> Multibase.decode(huge));
    }

    @Test
    void keepsLeadingZerosInBaseX() {
        byte[] data = {0, 0, 1};
        assertEquals("z112", Multibase.BASE58BTC.encode(data));
        assertEquals("k001", Multibase.BASE36.encode(data));
        assertArrayEquals(data, Multibase.decode("k001"));
    }
}
