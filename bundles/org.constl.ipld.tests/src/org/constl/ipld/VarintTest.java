package org.constl.ipld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VarintTest {

    @Test
    void matchesEveryGoldenVectorBothWays() {
        for (String[] row : Vectors.load("varint.txt")) {
            long value = Long.parseLong(row[0]);
            byte[] bytes = Vectors.unhex(row[1]);
            assertArrayEquals(bytes, Varint.encode(value), row[0]);
            assertEquals(bytes.length, Varint.encodedLength(value), row[0]);
            assertEquals(value, Varint.decode(bytes), row[1]);
        }
    }

    @Test
    void readsFromAnOffsetAndReportsTheNextOffset() {
        byte[] data = Vectors.unhex("ff" + "ac02" + "01");
        Varint.Read read = Varint.read(data, 1);
        assertEquals(300, read.value());
        assertEquals(3, read.next());
    }

    @Test
    void refusesNonMinimalOverlongTruncatedAndTrailingInput() {
        for (String bad : new String[] {"8000", "ff00", "818000", "", "80", "ffffffffffffffffff", "ffffffffffffffff8001", "0100"}) {
            assertThrows(IpldException.class, () -> Varint.decode(Vectors.unhex(bad)), bad);
        }
    }

    @Test
    void refusesNegativeValues() {
        assertThrows(IpldException.class, () -> Varint.encode(-1));
        assertThrows(IpldException.class, () -> Varint.encode(Long.MIN_VALUE));
    }
}
