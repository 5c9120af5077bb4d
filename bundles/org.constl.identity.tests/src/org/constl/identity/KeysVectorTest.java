package org.constl.identity;

import static org.constl.identity.Vectors.hex;
import static org.constl.identity.Vectors.keyType;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.constl.ipld.Multibase;
import org.junit.jupiter.api.Test;

/** Keys, key protobufs and signatures checked byte for byte against {@code @libp2p/crypto}. */
class KeysVectorTest {

    @Test
    void keysAndProtobufsMatchJs() {
        for (String[] row : Vectors.read("keys.tsv")) {
            KeyType type = keyType(row[0]);
            PrivateKey key = Keys.privateKeyFromRaw(type, hex(row[1]));
            assertEquals(type, key.type());
            assertArrayEquals(hex(row[1]), key.raw());
            assertArrayEquals(hex(row[2]), key.toProtobuf());
            assertArrayEquals(hex(row[3]), key.publicKey().raw());
            assertArrayEquals(hex(row[4]), key.publicKey().toProtobuf());
            assertEquals(key, Keys.privateKeyFromProtobuf(hex(row[2])));
            assertEquals(key.publicKey(), Keys.publicKeyFromProtobuf(hex(row[4])));
            assertEquals(key.publicKey(), Keys.publicKeyFromRaw(type, hex(row[3])));
        }
    }

    @Test
    void ed25519SeedGivesTheJsKey() {
        for (String[] row : Vectors.read("keys.tsv")) {
            if (keyType(row[0]) == KeyType.ED25519) {
                PrivateKey key = Keys.ed25519FromSeed(Arrays.copyOf(hex(row[1]), 32));
                assertArrayEquals(hex(row[1]), key.raw());
            }
        }
    }

    @Test
    void peerIdsMatchJsInEveryTextForm() {
        for (String[] row : Vectors.read("keys.tsv")) {
            PeerId peerId = Keys.privateKeyFromRaw(keyType(row[0]), hex(row[1])).publicKey().peerId();
            assertArrayEquals(hex(row[5]), peerId.bytes());
            assertEquals(row[6], peerId.toString());
            assertEquals(row[7], peerId.toCidString());
            assertEquals(row[8], peerId.toCid().toString(Multibase.BASE36));
            for (int column = 6; column <= 8; column++) {
                assertEquals(peerId, PeerId.parse(row[column]));
            }
        }
    }

    @Test
    void signaturesAreTheBytesJsMakes() {
        for (String[] row : Vectors.read("signatures.tsv")) {
            PrivateKey key = Keys.privateKeyFromRaw(keyType(row[0]), hex(row[1]));
            byte[] message = hex(row[2]);
            assertArrayEquals(hex(row[3]), key.sign(message), () -> "signature by " + key + " of " + row[2]);
            assertEquals(true, key.publicKey().verify(message, hex(row[3])));
        }
    }

    @Test
    void verificationVerdictsMatchJs() {
        for (String[] row : Vectors.read("verify.tsv")) {
            PublicKey key = Keys.publicKeyFromRaw(keyType(row[0]), hex(row[1]));
            boolean accepted = Boolean.parseBoolean(row[4]);
            assertEquals(accepted, key.verify(hex(row[2]), hex(row[3])), () -> row[0] + " " + row[5]);
        }
    }

    @Test
    void protobufDecodingVerdictsMatchJs() {
        for (String[] row : Vectors.read("protobufs.tsv")) {
            byte[] bytes = hex(row[1]);
            boolean isPublic = row[0].equals("public");
            if (row[2].equals("invalid")) {
                assertThrows(IdentityException.class,
                        () -> {
                            if (isPublic) {
                                Keys.publicKeyFromProtobuf(bytes);
                            } else {
                                Keys.privateKeyFromProtobuf(bytes);
                            }
                        }, row[3]);
            } else {
                String[] expected = row[2].split(":");
                byte[] raw = isPublic ? Keys.publicKeyFromProtobuf(bytes).raw() : Keys.privateKeyFromProtobuf(bytes).raw();
                assertArrayEquals(hex(expected[1]), raw, row[3]);
            }
        }
    }

    @Test
    void peerIdParsingVerdictsMatchJs() {
        for (String[] row : Vectors.read("peerids.tsv")) {
            if (row[1].equals("invalid")) {
                assertThrows(IdentityException.class, () -> PeerId.parse(row[0]), row[0]);
                continue;
            }
            PeerId peerId = PeerId.parse(row[0]);
            assertArrayEquals(hex(row[3]), peerId.bytes(), row[0]);
            assertEquals(row[4], peerId.toString());
            assertEquals(row[5], peerId.toCidString());
            assertEquals(keyType(row[2]), peerId.publicKey().map(PublicKey::type).orElse(KeyType.RSA));
        }
    }
}
