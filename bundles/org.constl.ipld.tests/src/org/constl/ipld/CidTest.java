package org.constl.ipld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CidTest {

    @Test
    void matchesEveryGoldenVectorBothWays() {
        for (String[] row : Vectors.load("cid.txt")) {
            byte[] bytes = Vectors.unhex(row[0]);
            Cid cid = Cid.decode(bytes);
            assertEquals(Integer.parseInt(row[1]), cid.version(), row[0]);
            assertEquals(Long.parseLong(row[2]), cid.codec(), row[0]);
            assertArrayEquals(Vectors.unhex(row[3]), cid.multihash().bytes(), row[0]);
            assertArrayEquals(bytes, cid.bytes());
            assertEquals(row[5], cid.toString());
            assertEquals(cid, Cid.parse(row[5]));
            if (!row[4].equals("-")) {
                byte[] block = Vectors.unhex(row[4]);
                assertEquals(cid.toV1(), Cid.of(cid.codec(), block), row[0]);
                assertEquals(true, cid.multihash().matches(block));
            }
            if (cid.version() == 1) {
                assertEquals(row[6], cid.toString(Multibase.BASE58BTC));
                assertEquals(row[7], cid.toString(Multibase.BASE36));
                assertEquals(cid, Cid.parse(row[6]));
                assertEquals(cid, Cid.parse(row[7]));
            } else {
                assertEquals(Cid.v1(Multicodec.DAG_PB, cid.multihash()), cid.toV1());
            }
        }
    }

    @Test
    void givesTheZdpuFormOrbitDbWrites() {
        byte[] manifest = Vectors.unhex("a3646e616d656973616d706c652d64626474797065666576656e747370616363657373436f6e74726f6c6c657278372f697066732f7a64707541764a6d503463334b6b694e79577277687557734564383777514179674b35426741323852336466634c454758");
        Cid cid = Cid.of(Multicodec.DAG_CBOR, manifest);
        assertEquals("zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp", cid.toString(Multibase.BASE58BTC));
        assertEquals(cid, Cid.parse("zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp"));
    }

    @Test
    void comparesByValue() {
        Cid a = Cid.of(Multicodec.RAW, new byte[] {1});
        Cid b = Cid.of(Multicodec.RAW, new byte[] {1});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Cid.of(Multicodec.DAG_CBOR, new byte[] {1}));
        assertNotEquals(Cid.v0(a.multihash()), a);
    }

    @Test
    void refusesMalformedCids() {
        Cid v0 = Cid.v0(Multihash.sha256(new byte[0]));
        String[] badText = {
            "", "Q", "QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1", "z" + v0.toString(),
            "b" + Multibase.BASE32.encodeBare(v0.bytes()), "xafy", "bafy!"
        };
        for (String text : badText) {
            assertThrows(IpldException.class, () -> Cid.parse(text), text);
        }
        byte[] v1 = Cid.of(Multicodec.DAG_CBOR, new byte[0]).bytes();
        String good = Vectors.hex(v1);
        String[] badBytes = {"", "02711220" + good.substring(8), good + "00", good.substring(0, good.length() - 2), "0171", "01711221" + good.substring(8) + "00", "1220"};
        for (String hex : badBytes) {
            assertThrows(IpldException.class, () -> Cid.decode(Vectors.unhex(hex)), hex);
        }
        assertThrows(IpldException.class, () -> v0.toString(Multibase.BASE32));
        assertThrows(IpldException.class, () -> Cid.v0(Multihash.identity(new byte[3])));
    }
}
