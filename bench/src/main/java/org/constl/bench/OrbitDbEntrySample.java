package org.constl.bench;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multibase;

/**
 * The real OrbitDB 2.5 oplog entry of WIRE.md A14 (686 bytes): an events ADD with a small
 * observation record, signed with secp256k1. Fails loudly if the bytes or the signed map change
 * size, so a benchmark never measures something other than what its name says.
 */
final class OrbitDbEntrySample {

    static final String HASH = "zdpuAqRkAH7sqa9aQx2dKyNUBk1LdecnZTAmr8xERcGkEh5kL";
    static final int ENTRY_LENGTH = 686;
    static final int SIGNED_MAP_LENGTH = 408;

    private static final String ENTRY_HEX =
            "a9617602626964783a2f6f7262697464622f7a64707541735a664550633167656b6845626a4558777a61346963704b6b4339" +
            "42505754725959506a7a59697a5a697370636b65797842303339623935336339623732313930353133376137616261646530" +
            "39356462656161323663343037373537383466633035383561336237303835303533383434636263736967788c3330343430" +
            "3232303063323866616630376534383235373434373238393366376130373937343164636530646465626164376466313666" +
            "6334643538353434636662323434333130303232303161643332363135303431386365366633643235623631333966383562" +
            "3965336234396534626263343932643431376338383664366230373464386135653535646e6578748178317a647075417862" +
            "7651596e35474d336d595a65576b723676767a4a654d70413445434e474a416e55764a684a56784e636b6472656673806563" +
            "6c6f636ba2626964784230333962393533633962373231393035313337613761626164653039356462656161323663343037" +
            "37353738346663303538356133623730383530353338343463626474696d6502677061796c6f6164a3626f7063414444636b" +
            "6579f66576616c7565aa626964656f62732d31636c6174fb4046c00346dc5d64636c6f6efbc052666809d495186464617465" +
            "7818323032332d31312d31345432323a31343a32302e3030305a647369746566736974652d3165636f756e74016564626843" +
            "6dfb3ff8000000000000656e6f74657372706c6f7420312c206f627365727665722031676865696768744dfb401470a3d70a" +
            "3d7067737065636965736f46616775732073796c766174696361686964656e7469747978317a647075417465436b734c5061" +
            "74557564636650426f384e41656377654a743843443979573437314d7a74633764354a58";

    private OrbitDbEntrySample() {
    }

    /** The entry block, as OrbitDB stores and publishes it. */
    static byte[] entryBytes() {
        byte[] bytes = HexFormat.of().parseHex(ENTRY_HEX);
        check(bytes.length == ENTRY_LENGTH, "entry is " + bytes.length + " bytes");
        check(DagCbor.cid(bytes).toString(Multibase.BASE58BTC).equals(HASH), "entry hash differs from " + HASH);
        return bytes;
    }

    static IpldValue.MapValue entry() {
        return DagCbor.decode(entryBytes()).asMap();
    }

    /** What the entry's {@code key} signs: the DAG-CBOR map without key, identity and sig. */
    static byte[] signedMap() {
        Map<String, IpldValue> fields = new LinkedHashMap<>(entry().entries());
        fields.keySet().removeAll(List.of("key", "identity", "sig"));
        byte[] bytes = DagCbor.encode(IpldValue.map(fields));
        check(bytes.length == SIGNED_MAP_LENGTH, "signed map is " + bytes.length + " bytes");
        return bytes;
    }

    static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("benchmark sample: " + problem);
        }
    }
}
