package org.constl.identity.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.constl.identity.IdentityException;
import org.constl.identity.KeyType;
import org.junit.jupiter.api.Test;

class KeyProtobufTest {

    private static final String DATA = "0102030405";

    @Test
    void encodesFieldsInTagOrderWithMinimalVarints() {
        assertEquals("0801120501020304 05".replace(" ", ""), Hex.encode(KeyProtobuf.encode(KeyType.ED25519, Hex.decode(DATA))));
        byte[] large = new byte[200];
        assertEquals("080212c801", Hex.encode(KeyProtobuf.encode(KeyType.SECP256K1, large)).substring(0, 10));
    }

    @Test
    void decodesTheCanonicalForm() {
        KeyProtobuf.Fields fields = KeyProtobuf.decode(Hex.decode("0802" + "1205" + DATA));
        assertEquals(KeyType.SECP256K1, fields.type());
        assertArrayEquals(Hex.decode(DATA), fields.data());
    }

    @Test
    void refusesEverythingElse() {
        String[] bad = {
            "",                              // nothing
            "0802",                          // Data missing
            "1205" + DATA + "0802",          // fields out of order
            "0802" + "0801" + "1205" + DATA, // Type twice
            "0802" + "1205" + DATA + "00",   // trailing byte
            "0802" + "1206" + DATA,          // Data shorter than its length
            "088200" + "1205" + DATA,        // non-minimal varint
            "0804" + "1205" + DATA,          // unknown key type
            "0802" + "1a05" + DATA,          // wrong wire type for Data
            "0802" + "12ffffffffffffffff7f" + DATA, // absurd length
        };
        for (String hex : bad) {
            assertThrows(IdentityException.class, () -> KeyProtobuf.decode(Hex.decode(hex)), hex);
        }
        assertThrows(IdentityException.class, () -> KeyProtobuf.decode(new byte[KeyProtobuf.MAX_LENGTH + 1]));
    }

    @Test
    void hexIsLowercaseOnly() {
        assertEquals("00ff7f", Hex.encode(new byte[] {0, -1, 127}));
        assertThrows(IdentityException.class, () -> Hex.decode("FF"));
        assertThrows(IdentityException.class, () -> Hex.decode("abc"));
    }
}
