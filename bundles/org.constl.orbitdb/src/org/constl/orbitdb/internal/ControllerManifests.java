package org.constl.orbitdb.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.constl.ipld.Block;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.OrbitDbException;

/**
 * The manifests of Constellation's access controllers: DAG-CBOR maps of strings, one of them
 * {@code type}, whose block hash makes the address {@code /<type>/<hash>} (ipa's {@code pathJoin}).
 * Decoding is strict: exactly the expected fields, all strings, canonical bytes.
 */
public final class ControllerManifests {

    /** Largest manifest block read; ipa's are a few hundred bytes. */
    public static final int MAX_BYTES = 64 * 1024;
    public static final String TYPE = "type";
    public static final String WRITE = "write";

    private ControllerManifests() {
    }

    /** The block of a manifest of this type with these other fields. */
    public static Block encode(String type, Map<String, String> fields) {
        Map<String, IpldValue> map = new LinkedHashMap<>();
        map.put(TYPE, IpldValue.of(type));
        fields.forEach((name, value) -> map.put(name, IpldValue.of(value)));
        return DagCbor.encodeBlock(IpldValue.map(map));
    }

    /**
     * The fields but {@code type} of a manifest block of this type.
     *
     * @throws OrbitDbException naming the problem when the block is anything else
     */
    public static Map<String, String> decode(String type, Set<String> fields, byte[] bytes) {
        String what = type + " manifest: ";
        if (bytes.length > MAX_BYTES) {
            throw new OrbitDbException(what + "block of " + bytes.length + " bytes, more than " + MAX_BYTES);
        }
        IpldValue.MapValue map;
        try {
            map = DagCbor.decode(bytes).asMap();
        } catch (IpldException e) {
            throw new OrbitDbException(what + "not a DAG-CBOR map: " + e.getMessage(), e);
        }
        Set<String> expected = new TreeSet<>(fields);
        expected.add(TYPE);
        if (!map.entries().keySet().equals(expected)) {
            throw new OrbitDbException(what + "fields must be " + expected + ", found " + shorten(new TreeSet<>(map.entries().keySet()).toString()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, IpldValue> field : map.entries().entrySet()) {
            if (!(field.getValue() instanceof IpldValue.StringValue text)) {
                throw new OrbitDbException(what + field.getKey() + " must be a string, found " + field.getValue().kind());
            }
            values.put(field.getKey(), text.value());
        }
        if (!type.equals(values.remove(TYPE))) {
            throw new OrbitDbException(what + "type must be \"" + type + "\", found \"" + shorten(map.get(TYPE).asString()) + "\"");
        }
        if (!Arrays.equals(encode(type, values).bytes(), bytes)) {
            throw new OrbitDbException(what + "block is not canonical DAG-CBOR (it does not re-encode to the same bytes)");
        }
        return values;
    }

    /** {@code /<type>/<hash of the block>}. */
    public static String address(String type, Block block) {
        return "/" + type + "/" + Hashes.of(block.cid());
    }

    /**
     * The manifest block at {@code /<type>/<hash>}, checked against its hash.
     *
     * @throws OrbitDbException when the address has another form or the block is missing
     */
    public static byte[] fetch(String type, String address, BlockSource blocks) {
        String prefix = "/" + type + "/";
        if (!address.startsWith(prefix)) {
            throw new OrbitDbException(type + ": address must be " + prefix + "<hash>, found " + shorten(address));
        }
        String hash = address.substring(prefix.length());
        Optional<byte[]> bytes = Hashes.fetch(blocks, hash, MAX_BYTES);
        return bytes.orElseThrow(() -> new OrbitDbException(type + ": manifest block " + hash + " not found"));
    }

    /** A value for an error message, cut to a readable length. */
    public static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
