package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.internal.ControllerManifests;
import org.junit.jupiter.api.Test;

/** Hostile or mistaken controller manifests are refused with an error that says what is wrong. */
class ConstellationManifestTest {

    private static final String WRITE = "02de7eff445e8ee564fe14b3668f32b0ab504a895de2f38d9bafd868187063970c";
    private static final OrbitDbAddress ACCESS_SET = OrbitDbAddress.parse("/orbitdb/zdpuAst6ySAciCJyWnGj2Bvpv6EHvbugnBuNRsKoRnwPSkgMg");

    @Test
    void aManifestDecodesToWhatMadeIt() {
        ConstellationControllerManifest manifest = ConstellationControllerManifest.create(WRITE, "racine", ACCESS_SET);
        ConstellationControllerManifest decoded = ConstellationControllerManifest.decode(manifest.bytes());
        assertEquals(manifest.address(), decoded.address());
        assertEquals(WRITE, decoded.write());
        assertEquals("racine", decoded.name());
        assertEquals(ACCESS_SET, decoded.accessSet());
        assertTrue(decoded.address().startsWith("/contrôleur-constellation/zdpu"), decoded.address());
        AccessSetControllerManifest access = AccessSetControllerManifest.decode(AccessSetControllerManifest.create(WRITE).bytes());
        assertEquals(WRITE, access.write());
        assertTrue(access.address().startsWith("/contrôleur-accès-constellation/zdpu"), access.address());
    }

    @Test
    void fieldsOtherThanTheFormatsAreRefused() {
        assertRefused("fields must be", main(m -> m.remove("nom")));
        assertRefused("fields must be", main(m -> m.put("extra", IpldValue.of("x"))));
        assertRefused("fields must be", main(m -> m.remove("type")));
        assertRefused("write must be a string", main(m -> m.put("write", IpldValue.list(IpldValue.of(WRITE)))));
        assertRefused("nom must be a string", main(m -> m.put("nom", IpldValue.NULL)));
        assertRefused("must not be empty", main(m -> m.put("write", IpldValue.of(""))));
        assertRefused("adresseBdAccès", main(m -> m.put("adresseBdAccès", IpldValue.of("racine"))));
        assertRefused("adresseBdAccès", main(m -> m.put("adresseBdAccès", IpldValue.of("/ipfs/" + ACCESS_SET.hash()))));
    }

    @Test
    void theTypeMustBeSpelledExactly() {
        assertRefused("type must be \"contrôleur-constellation\"", main(m -> m.put("type", IpldValue.of("ipfs"))));
        // The decomposed spelling of ô looks the same and is another string.
        assertRefused("type must be", main(m -> m.put("type", IpldValue.of("contro\u0302leur-constellation"))));
        byte[] accessSetManifest = AccessSetControllerManifest.create(WRITE).bytes();
        assertRefused("fields must be", accessSetManifest, ConstellationControllerManifest::decode);
        byte[] withNom = DagCbor.encode(IpldValue.map(Map.of("type", IpldValue.of(AccessSetControllerManifest.TYPE),
                "write", IpldValue.of(WRITE), "nom", IpldValue.of("racine"))));
        assertRefused("fields must be", withNom, AccessSetControllerManifest::decode);
        byte[] wrongType = DagCbor.encode(IpldValue.map(Map.of("type", IpldValue.of(ConstellationControllerManifest.TYPE),
                "write", IpldValue.of(WRITE))));
        assertRefused("type must be \"contrôleur-accès-constellation\"", wrongType, AccessSetControllerManifest::decode);
    }

    @Test
    void bytesThatAreNotACanonicalMapAreRefused() {
        assertRefused("not a DAG-CBOR map", DagCbor.encode(IpldValue.list(IpldValue.of(WRITE))), ConstellationControllerManifest::decode);
        assertRefused("not a DAG-CBOR map", new byte[] {(byte) 0xff, 0x00}, ConstellationControllerManifest::decode);
        assertRefused("not a DAG-CBOR map", new byte[0], AccessSetControllerManifest::decode);
        // {type, write} with the text "write" given a one-byte length prefix it does not need.
        byte[] canonical = AccessSetControllerManifest.create(WRITE).bytes();
        byte[] padded = new byte[canonical.length + 1];
        int at = indexOf(canonical, new byte[] {0x65, 'w', 'r', 'i', 't', 'e'});
        System.arraycopy(canonical, 0, padded, 0, at);
        padded[at] = 0x78;
        padded[at + 1] = 5;
        System.arraycopy(canonical, at + 1, padded, at + 2, canonical.length - at - 1);
        OrbitDbException e = assertThrows(OrbitDbException.class, () -> AccessSetControllerManifest.decode(padded));
        assertTrue(e.getMessage().startsWith("contrôleur-accès-constellation manifest: "), e.getMessage());
        byte[] huge = new byte[ControllerManifests.MAX_BYTES + 1];
        assertRefused("more than", huge, ConstellationControllerManifest::decode);
    }

    @Test
    void addressesAreReadStrictly() {
        ConstellationControllerManifest manifest = ConstellationControllerManifest.create(WRITE, "racine", ACCESS_SET);
        Map<String, byte[]> stored = new LinkedHashMap<>();
        stored.put(manifest.block().cid().toString(), manifest.bytes());
        BlockSource blocks = cid -> Optional.ofNullable(stored.get(cid.toString()));
        assertEquals(manifest.address(), ConstellationControllerManifest.open(manifest.address(), blocks).address());
        String hash = manifest.address().substring(manifest.address().lastIndexOf('/') + 1);
        assertOpenRefused("address must be /contrôleur-constellation/<hash>", "/ipfs/" + hash, blocks);
        assertOpenRefused("address must be", "/contrôleur-accès-constellation/" + hash, blocks);
        assertOpenRefused("not an OrbitDB hash", manifest.address() + "/", blocks);
        assertOpenRefused("not found", ConstellationControllerManifest.create(WRITE, "autre", ACCESS_SET).address(), blocks);
        BlockSource lying = cid -> Optional.of(AccessSetControllerManifest.create(WRITE).bytes());
        assertOpenRefused("does not match its hash", manifest.address(), lying);
        OrbitDbException e = assertThrows(OrbitDbException.class,
                () -> AccessSetControllerManifest.open(AccessSetControllerManifest.create(WRITE).address(), cid -> Optional.empty()));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    private static byte[] main(java.util.function.Consumer<Map<String, IpldValue>> change) {
        Map<String, IpldValue> fields = new LinkedHashMap<>(DagCbor.decode(
                ConstellationControllerManifest.create(WRITE, "racine", ACCESS_SET).bytes()).asMap().entries());
        change.accept(fields);
        return DagCbor.encode(IpldValue.map(fields));
    }

    private static void assertRefused(String expected, byte[] bytes) {
        assertRefused(expected, bytes, ConstellationControllerManifest::decode);
    }

    private static void assertRefused(String expected, byte[] bytes, Function<byte[], ?> decode) {
        OrbitDbException e = assertThrows(OrbitDbException.class, () -> decode.apply(bytes));
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should say " + expected);
        assertTrue(e.getMessage().contains("manifest"), e.getMessage());
    }

    private static void assertOpenRefused(String expected, String address, BlockSource blocks) {
        OrbitDbException e = assertThrows(OrbitDbException.class, () -> ConstellationControllerManifest.open(address, blocks));
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should say " + expected);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
