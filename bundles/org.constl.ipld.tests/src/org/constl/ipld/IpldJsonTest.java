package org.constl.ipld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class IpldJsonTest {

    @Test
    void readsTheDagJsonLinkAndBytesForms() {
        Cid cid = Cid.of(Multicodec.DAG_CBOR, new byte[] {1, 2});
        IpldValue value = IpldJson.parse("{\"l\": {\"/\": \"" + cid + "\"}, \"b\": {\"/\": {\"bytes\": \"AQID\"}}}");
        assertEquals(cid, value.asMap().get("l").asCid());
        assertArrayEquals(new byte[] {1, 2, 3}, value.asMap().get("b").asBytes());
        assertEquals("{\"b\":{\"/\":{\"bytes\":\"AQID\"}},\"l\":{\"/\":\"" + cid + "\"}}", IpldJson.print(value));
    }

    @Test
    void keepsIntegersExactAndFloatsFloats() {
        assertEquals(IpldValue.of(new BigInteger("18446744073709551615")), IpldJson.parse("18446744073709551615"));
        assertEquals(IpldValue.of(-7), IpldJson.parse(" -7 "));
        assertEquals(IpldValue.of(1.0), IpldJson.parse("1.0"));
        assertEquals(IpldValue.of(1e20), IpldJson.parse("1E20"));
        assertEquals("[1.0E20,-3,0.5,true,null]", IpldJson.print(IpldJson.parse("[1e20, -3, 0.5, true, null]")));
    }

    @Test
    void escapesStringsSoTheyReadBack() {
        String text = "q\" b\\ \n \u0001 \u00e9 \ud83d\ude00 \ud800";
        String json = IpldJson.print(IpldValue.of(text));
        assertEquals(text, IpldJson.parse(json).asString());
    }

    @Test
    void refusesMalformedJson() {
        String[] bad = {
            "", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "01", "1.", ".5", "1e", "-", "+1", "tru", "nul",
            "\"abc", "\"\\x\"", "\"\\u12G4\"", "\"tab\there\"", "1 2", "{\"a\":1,\"a\":2}", "18446744073709551616",
            "-18446744073709551617", "1e400", "NaN", "{\"/\":\"notacid\"}", "{\"/\":{\"bytes\":\"A\"}}",
            "[".repeat(300) + "]".repeat(300)
        };
        for (String json : bad) {
            assertThrows(IpldException.class, () -> IpldJson.parse(json), json);
        }
    }
}
