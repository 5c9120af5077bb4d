package org.constl.identity;

import static org.constl.identity.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multibase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OrbitDB publickey identities and signatures against {@code @orbitdb/core} 2.5 and WIRE.md A14. */
class OrbitDbIdentityTest {

    @TempDir
    Path temp;

    @Test
    void createdIdentitiesAreTheBytesJsMakes() {
        for (String[] row : Vectors.read("orbitdb-identities.tsv")) {
            PrivateKey a = Keys.privateKeyFromRaw(KeyType.SECP256K1, hex(row[1]));
            PrivateKey b = Keys.privateKeyFromRaw(KeyType.SECP256K1, hex(row[2]));
            OrbitDbIdentity identity = OrbitDbIdentity.create(a, b);
            assertEquals(row[3], identity.id());
            assertEquals(row[4], identity.publicKey());
            assertEquals(row[5], identity.idSignature());
            assertEquals(row[6], identity.publicKeySignature());
            assertArrayEquals(hex(row[7]), identity.bytes());
            assertEquals(row[8], identity.hash());
            assertTrue(identity.verify());
        }
    }

    @Test
    void jsIdentitiesDecodeAndVerify() {
        for (String[] row : Vectors.read("orbitdb-identities.tsv")) {
            OrbitDbIdentity identity = OrbitDbIdentity.decode(hex(row[7]));
            assertEquals(row[8], identity.hash());
            assertEquals(row[3], identity.id());
            assertTrue(identity.verify());
        }
    }

    @Test
    void signaturesWithAnIdentityAreTheBytesJsMakes() {
        Map<String, PrivateKey> signingKeys = new LinkedHashMap<>();
        Map<String, OrbitDbIdentity> identities = new LinkedHashMap<>();
        for (String[] row : Vectors.read("orbitdb-identities.tsv")) {
            identities.put(row[8], OrbitDbIdentity.decode(hex(row[7])));
            signingKeys.put(row[8], Keys.privateKeyFromRaw(KeyType.SECP256K1, hex(row[2])));
        }
        for (String[] row : Vectors.read("orbitdb-signatures.tsv")) {
            OrbitDbIdentity identity = identities.get(row[0]);
            assertEquals(row[2], identity.sign(signingKeys.get(row[0]), hex(row[1])));
            assertTrue(identity.verifySignature(row[2], hex(row[1])));
            assertFalse(identity.verifySignature(row[2], hex(row[1] + "00")));
        }
    }

    @Test
    void realWireIdentityReencodesAndVerifies() {
        String[] row = wire("identity");
        OrbitDbIdentity identity = OrbitDbIdentity.decode(hex(row[2]));
        assertEquals(478, identity.bytes().length);
        assertEquals(row[1], identity.hash());
        assertArrayEquals(hex(row[2]), identity.bytes());
        assertEquals("024e3971315ac3c62de6a3e0bb04802d3273d843b4f96037ae7b0e8f6b392bd2d6", identity.id());
        assertTrue(identity.verify());
    }

    @Test
    void realWireEntrySignatureVerifiesWithTheIdentityKey() {
        OrbitDbIdentity identity = OrbitDbIdentity.decode(hex(wire("identity")[2]));
        String[] row = wire("entry");
        byte[] entryBytes = hex(row[2]);
        assertEquals(row[1], DagCbor.cid(entryBytes).toString(Multibase.BASE58BTC));
        IpldValue.MapValue entry = DagCbor.decode(entryBytes).asMap();
        assertEquals(identity.hash(), entry.get("identity").asString());
        assertEquals(identity.publicKey(), entry.get("key").asString());
        Map<String, IpldValue> signed = new LinkedHashMap<>();
        for (String field : List.of("id", "payload", "next", "refs", "clock", "v")) {
            signed.put(field, entry.get(field));
        }
        byte[] signedBytes = DagCbor.encode(IpldValue.map(signed));
        assertEquals(408, signedBytes.length);
        String signature = entry.get("sig").asString();
        assertTrue(identity.verifySignature(signature, signedBytes));
        assertTrue(OrbitDbSignatures.verify(signature, entry.get("key").asString(), signedBytes));
        signedBytes[signedBytes.length - 1] ^= 1;
        assertFalse(identity.verifySignature(signature, signedBytes));
    }

    @Test
    void tamperedIdentitiesFailVerification() {
        OrbitDbIdentity real = OrbitDbIdentity.decode(hex(wire("identity")[2]));
        Map<String, IpldValue> fields = new LinkedHashMap<>(real.toValue().asMap().entries());
        fields.put("type", IpldValue.of("ethereum"));
        assertFalse(OrbitDbIdentity.decode(DagCbor.encode(IpldValue.map(fields))).verify());
        // Swap the keys: each signature is then checked against the wrong key.
        fields.put("type", IpldValue.of(OrbitDbIdentity.TYPE_PUBLICKEY));
        fields.put("id", IpldValue.of(real.publicKey()));
        fields.put("publicKey", IpldValue.of(real.id()));
        assertFalse(OrbitDbIdentity.decode(DagCbor.encode(IpldValue.map(fields))).verify());
        OrbitDbIdentity other = OrbitDbIdentity.create(Keys.generate(KeyType.SECP256K1), Keys.generate(KeyType.SECP256K1));
        fields = new LinkedHashMap<>(real.toValue().asMap().entries());
        fields.put("signatures", other.toValue().asMap().get("signatures"));
        assertFalse(OrbitDbIdentity.decode(DagCbor.encode(IpldValue.map(fields))).verify());
    }

    @Test
    void nonCanonicalIdentityBlocksAreRefused() {
        OrbitDbIdentity real = OrbitDbIdentity.decode(hex(wire("identity")[2]));
        Map<String, IpldValue> fields = new LinkedHashMap<>(real.toValue().asMap().entries());
        fields.put("extra", IpldValue.of(1));
        assertThrows(IdentityException.class, () -> OrbitDbIdentity.decode(DagCbor.encode(IpldValue.map(fields))));
        fields.remove("extra");
        fields.put("id", IpldValue.of(""));
        assertThrows(IdentityException.class, () -> OrbitDbIdentity.decode(DagCbor.encode(IpldValue.map(fields))));
        fields.put("id", IpldValue.of(42));
        assertThrows(IdentityException.class, () -> OrbitDbIdentity.decode(DagCbor.encode(IpldValue.map(fields))));
        assertThrows(IdentityException.class, () -> OrbitDbIdentity.decode(DagCbor.encode(IpldValue.list())));
        assertThrows(IdentityException.class, () -> OrbitDbIdentity.decode(new byte[] {(byte) 0xa4}));
        assertThrows(IdentityException.class, () -> OrbitDbIdentity.decode(new byte[OrbitDbIdentity.MAX_BLOCK_LENGTH + 1]));
    }

    @Test
    void keyStoreLayoutIsOrbitDbs() throws IOException {
        FileKeyStore store = FileKeyStore.open(temp, new KdfParameters(64, 1, 1));
        OrbitDbIdentity identity = OrbitDbIdentity.loadOrCreate(store, "userA", null);
        assertTrue(identity.verify());
        PrivateKey a = store.load("userA", null).orElseThrow();
        PrivateKey b = store.load(identity.id(), null).orElseThrow();
        assertEquals(identity, OrbitDbIdentity.create(a, b));
        assertEquals(identity, OrbitDbIdentity.loadOrCreate(store, "userA", null));
        assertEquals(identity.cid(), OrbitDbIdentity.parseHash(identity.hash()));
        assertThrows(IdentityException.class, () -> identity.sign(a, new byte[] {1}));
    }

    @Test
    void badHashesAreRefused() {
        for (String hash : new String[] {"", "bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
                "QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N", "zdpu0"}) {
            assertThrows(IdentityException.class, () -> OrbitDbIdentity.parseHash(hash), hash);
        }
    }

    private static String[] wire(String kind) {
        return Vectors.read("wire-a14.tsv").stream().filter(r -> r[0].equals(kind)).findFirst().orElseThrow();
    }
}
