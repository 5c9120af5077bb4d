package org.constl.orbitdb;

import java.util.Map;
import java.util.Set;

import org.constl.ipld.Block;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.internal.ControllerManifests;

/**
 * The manifest of a {@code contrôleur-accès-constellation}, the controller of a Constellation
 * access set database ({@code @constl/ipa} {@code accès/cntrlMod.ts}): the DAG-CBOR block
 * {@code {type: "contrôleur-accès-constellation", write}}, {@code write} being the first
 * moderator. The controller address is {@code /contrôleur-accès-constellation/<hash>}.
 */
public final class AccessSetControllerManifest {

    public static final String TYPE = "contrôleur-accès-constellation";
    private static final Set<String> FIELDS = Set.of(ControllerManifests.WRITE);

    private final String write;
    private final Block block;

    private AccessSetControllerManifest(String write) {
        if (write.isEmpty()) {
            throw new OrbitDbException(TYPE + " manifest: write must not be empty");
        }
        this.write = write;
        this.block = ControllerManifests.encode(TYPE, Map.of(ControllerManifests.WRITE, write));
    }

    /** The manifest of an access set controller whose first moderator is {@code write}. */
    public static AccessSetControllerManifest create(String write) {
        return new AccessSetControllerManifest(write);
    }

    /**
     * Decodes a manifest block; it must be exactly what {@link #create} writes.
     *
     * @throws OrbitDbException saying what is wrong with it
     */
    public static AccessSetControllerManifest decode(byte[] bytes) {
        return new AccessSetControllerManifest(ControllerManifests.decode(TYPE, FIELDS, bytes).get(ControllerManifests.WRITE));
    }

    /** Reads the manifest of the controller at {@code /contrôleur-accès-constellation/<hash>}. */
    public static AccessSetControllerManifest open(String address, BlockSource blocks) {
        return decode(ControllerManifests.fetch(TYPE, address, blocks));
    }

    /** The first moderator: an identity id, or an account address. */
    public String write() {
        return write;
    }

    /** {@code /contrôleur-accès-constellation/<hash>}. */
    public String address() {
        return ControllerManifests.address(TYPE, block);
    }

    public Block block() {
        return block;
    }

    public byte[] bytes() {
        return block.bytes();
    }

    @Override
    public String toString() {
        return "AccessSetControllerManifest[" + address() + ", write " + write + "]";
    }
}
