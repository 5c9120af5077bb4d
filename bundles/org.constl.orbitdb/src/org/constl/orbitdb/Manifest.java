package org.constl.orbitdb;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.constl.ipld.Block;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;

/**
 * A database manifest ({@code manifest-store.js}): the DAG-CBOR block
 * {@code {name, type, accessController}}, plus {@code meta} only when given. Its hash is the
 * database address.
 */
public final class Manifest {

    static final int MAX_BYTES = 1 << 20;
    private static final Set<String> FIELDS = Set.of("name", "type", "accessController");

    private final String name;
    private final String type;
    private final String accessController;
    private final Optional<IpldValue> meta;
    private final Block block;

    private Manifest(String name, String type, String accessController, Optional<IpldValue> meta) {
        for (String[] field : new String[][] {{"name", name}, {"type", type}, {"accessController", accessController}}) {
            if (field[1] == null || field[1].isEmpty()) {
                throw new OrbitDbException("manifest: " + field[0] + " is required");
            }
        }
        this.name = name;
        this.type = type;
        this.accessController = accessController;
        this.meta = meta;
        IpldValue.MapValue.Builder value = IpldValue.MapValue.builder().put("name", IpldValue.of(name))
                .put("type", IpldValue.of(type)).put("accessController", IpldValue.of(accessController));
        meta.ifPresent(m -> value.put("meta", m));
        this.block = DagCbor.encodeBlock(value.build());
    }

    /** A manifest; {@code meta}, when present, may be any value, null included. */
    public static Manifest create(String name, String type, String accessController, Optional<IpldValue> meta) {
        return new Manifest(name, type, accessController, meta);
    }

    public static Manifest decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new OrbitDbException("manifest: block of " + bytes.length + " bytes, more than " + MAX_BYTES);
        }
        try {
            IpldValue.MapValue map = DagCbor.decode(bytes).asMap();
            Set<String> keys = map.entries().keySet();
            boolean hasMeta = map.has("meta");
            if (keys.size() != FIELDS.size() + (hasMeta ? 1 : 0) || !keys.containsAll(FIELDS)) {
                throw new OrbitDbException("manifest: fields must be " + FIELDS + " and maybe meta, found " + keys);
            }
            Manifest manifest = new Manifest(map.get("name").asString(), map.get("type").asString(),
                    map.get("accessController").asString(), hasMeta ? Optional.of(map.get("meta")) : Optional.empty());
            if (!Arrays.equals(manifest.bytes(), bytes)) {
                throw new OrbitDbException("manifest: block does not re-encode to the same bytes");
            }
            return manifest;
        } catch (IpldException e) {
            throw new OrbitDbException("manifest: " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    /** The access controller address, e.g. {@code /ipfs/zdpu...}. */
    public String accessController() {
        return accessController;
    }

    /** The controller type, as {@code orbitdb.js} reads it: the first path segment. */
    public String accessControllerType() {
        String[] parts = accessController.split("/", -1);
        return parts.length > 1 ? parts[1] : parts[0];
    }

    public Optional<IpldValue> meta() {
        return meta;
    }

    public OrbitDbAddress address() {
        return OrbitDbAddress.of(block.cid());
    }

    public Block block() {
        return block;
    }

    public byte[] bytes() {
        return block.bytes();
    }

    @Override
    public String toString() {
        return "Manifest[" + address() + ", " + name + ", " + type + ", " + accessController + "]";
    }
}
