package org.constl.ipld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

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

    @Test
    void baseXAgreesWithBigIntegerArithmeticOnRandomBytes() {
        Random random = new Random(58);
        for (int n = 0; n < 5_000; n++) {
            byte[] data = new byte[random.nextInt(90)];
            random.nextBytes(data);
            for (int i = 0, zeros = random.nextInt(4); i < Math.min(zeros, data.length); i++) {
                data[i] = 0;
            }
            for (Multibase base : List.of(Multibase.BASE58BTC, Multibase.BASE36)) {
                String alphabet = base == Multibase.BASE58BTC ? BASE58_ALPHABET : BASE36_ALPHABET;
                String expected = positional(data, alphabet);
                assertEquals(expected, base.encodeBare(data), base + " " + HexFormat.of().formatHex(data));
                assertArrayEquals(data, Multibase.decode(base.encode(data)), expected);
            }
        }
    }

    private static final String BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BASE36_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    /** The bytes as a number written in the alphabet's base, each leading zero byte as a zero digit. */
    private static String positional(byte[] data, String alphabet) {
        StringBuilder digits = new StringBuilder();
        BigInteger radix = BigInteger.valueOf(alphabet.length());
        for (BigInteger value = new BigInteger(1, data); value.signum() > 0; value = value.divide(radix)) {
            digits.append(alphabet.charAt(value.mod(radix).intValue()));
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            digits.append(alphabet.charAt(0));
        }
        return digits.reverse().toString();
    }
}
