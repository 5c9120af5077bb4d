package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.constl.storage.BlockStore;
import org.constl.identity.OrbitDbIdentity;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;

/** The real OrbitDB 2.5 blocks of WIRE.md A14: decode, re-encode to the same CIDs, verify. */
class WireA14Test {

    static final String ADDRESS = "/orbitdb/zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp";
    static final String MANIFEST = "a3646e616d656973616d706c652d64626474797065666576656e747370616363657373436f6e74726f6c6c657278372f697066732f7a64707541764a6d503463334b6b694e79577277687557734564383777514179674b35426741323852336466634c454758";
    static final String AC_HASH = "zdpuAvJmP4c3KkiNyWrwhuWsEd87wQAygK5BgA28R3dfcLEGX";
    static final String AC = "a264747970656469706673657772697465817842303234653339373133313561633363363264653661336530626230343830326433323733643834336234663936303337616537623065386636623339326264326436";
    static final String IDENTITY_HASH = "zdpuAteCksLPatUudcfPBo8NAecweJt8CD9yW471Mztc7d5JX";
    static final String IDENTITY = "a462696478423032346533393731333135616333633632646536613365306262303438303264333237336438343362346639363033376165376230653866366233393262643264366474797065697075626c69636b6579697075626c69634b657978423033396239353363396237323139303531333761376162616465303935646265616132366334303737353738346663303538356133623730383530353338343463626a7369676e617475726573a2626964788e33303435303232313030383839643461303163336563653262393332613035646533373335363639316263646336363733393032353962666637343139396236376564636432633233373032323033663637353230336234356238656632316133376437303266646638306632346561396432376337616662303333363831313335653330346337303362376236697075626c69634b6579788e33303435303232313030656233643239313036346263383032656366643836366462313738666462653933656139333362313633613433656230663365386561646431626634653765363032323034346236303838363133663831356363366233336664653636356138386538356136663765353430393532313033323062326536336563306564616530626137";
    static final String ENTRY_HASH = "zdpuAqRkAH7sqa9aQx2dKyNUBk1LdecnZTAmr8xERcGkEh5kL";
    static final String ENTRY = "a9617602626964783a2f6f7262697464622f7a64707541735a664550633167656b6845626a4558777a61346963704b6b433942505754725959506a7a59697a5a697370636b6579784230333962393533633962373231393035313337613761626164653039356462656161323663343037373537383466633035383561336237303835303533383434636263736967788c3330343430323230306332386661663037653438323537343437323839336637613037393734316463653064646562616437646631366663346435383534346366623234343331303032323031616433323631353034313863653666336432356236313339663835623965336234396534626263343932643431376338383664366230373464386135653535646e6578748178317a6470754178627651596e35474d336d595a65576b723676767a4a654d70413445434e474a416e55764a684a56784e636b64726566738065636c6f636ba262696478423033396239353363396237323139303531333761376162616465303935646265616132366334303737353738346663303538356133623730383530353338343463626474696d6502677061796c6f6164a3626f7063414444636b6579f66576616c7565aa626964656f62732d31636c6174fb4046c00346dc5d64636c6f6efbc052666809d4951864646174657818323032332d31312d31345432323a31343a32302e3030305a647369746566736974652d3165636f756e740165646268436dfb3ff8000000000000656e6f74657372706c6f7420312c206f627365727665722031676865696768744dfb401470a3d70a3d7067737065636965736f46616775732073796c766174696361686964656e7469747978317a647075417465436b734c506174557564636650426f384e41656377654a743843443979573437314d7a74633764354a58";

    @Test
    void realEntryDecodesReencodesAndVerifies() {
        byte[] bytes = Vectors.hex(ENTRY);
        Entry entry = Entry.decode(bytes);
        assertEquals(ENTRY_HASH, entry.hash());
        assertEquals(686, bytes.length);
        assertEquals(408, entry.signedBytes().length);
        assertEquals(ADDRESS, entry.id());
        assertEquals(new Clock(entry.key(), 2), entry.clock());
        assertEquals(List.of("zdpuAxbvQYn5GM3mYZeWkr6vvzJeMpA4ECNGJAnUvJhJVxNck"), entry.next());
        assertEquals(List.of(), entry.refs());
        assertEquals(IDENTITY_HASH, entry.identity());
        IpldValue.MapValue value = entry.payload().asMap().get("value").asMap();
        assertEquals(1, value.get("count").asLong());
        assertEquals(1.5, value.get("dbhCm").asDouble());
        assertTrue(entry.verifySignature());
        Entry rebuilt = Entry.decode(entry.bytes());
        assertArrayEquals(bytes, rebuilt.bytes());
    }

    @Test
    void realEntryPassesTheLogChecks() {
        BlockStore blocks = BlockStore.memory();
        OrbitDbIdentity identity = OrbitDbIdentity.decode(Vectors.hex(IDENTITY));
        assertEquals(IDENTITY_HASH, identity.hash());
        IpfsAccessController access = IpfsAccessController.decode(Vectors.hex(AC));
        assertEquals(List.of(identity.id()), access.write());
        put(blocks, new org.constl.ipld.Block(identity.cid(), identity.bytes()));
        Entry entry = Entry.decode(Vectors.hex(ENTRY));
        new org.constl.orbitdb.internal.EntryVerifier(ADDRESS, access, blocks).verify(entry);
    }

    @Test
    void realManifestsReencodeToTheirHashes() {
        Manifest manifest = Manifest.decode(Vectors.hex(MANIFEST));
        assertEquals(ADDRESS, manifest.address().toString());
        assertEquals("sample-db", manifest.name());
        assertEquals("events", manifest.type());
        assertEquals("/ipfs/" + AC_HASH, manifest.accessController());
        assertEquals("ipfs", manifest.accessControllerType());
        assertEquals(Optional.empty(), manifest.meta());
        Manifest rebuilt = Manifest.create("sample-db", "events", "/ipfs/" + AC_HASH, Optional.empty());
        assertArrayEquals(Vectors.hex(MANIFEST), rebuilt.bytes());

        IpfsAccessController access = IpfsAccessController.decode(Vectors.hex(AC));
        assertEquals(AC_HASH, access.hash());
        assertArrayEquals(Vectors.hex(AC), IpfsAccessController.create(access.write()).bytes());
        assertEquals("/orbitdb/heads/orbitdb/zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp",
                OrbitDbAddress.parse(ADDRESS).headsProtocol());
    }

    @Test
    void addressesParseAsJsDoes() {
        assertEquals(ADDRESS, OrbitDbAddress.parse(ADDRESS + "/").toString());
        assertTrue(OrbitDbAddress.isValid(ADDRESS));
        assertFalse(OrbitDbAddress.isValid("/ipfs/" + AC_HASH));
        assertFalse(OrbitDbAddress.isValid("/orbitdb/notacid"));
        assertFalse(OrbitDbAddress.isValid("zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp"));
    }

    static void put(BlockStore blocks, org.constl.ipld.Block block) {
        try {
            blocks.put(block.cid(), block.bytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
