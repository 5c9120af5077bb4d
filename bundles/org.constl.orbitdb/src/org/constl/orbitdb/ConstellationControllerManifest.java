package org.constl.orbitdb;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.constl.ipld.Block;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.internal.ControllerManifests;

/**
 * The manifest of a {@code contrôleur-constellation} ({@code @constl/ipa}
 * {@code accès/cntrlConstellation.ts}): the DAG-CBOR block
 * {@code {type: "contrôleur-constellation", write, nom, adresseBdAccès}}, where {@code write} is
 * the first moderator (an identity id or an account address), {@code nom} the name of the access
 * set database and {@code adresseBdAccès} its address. The controller address is
 * {@code /contrôleur-constellation/<hash>}.
 */
public final class ConstellationControllerManifest {

    public static final String TYPE = "contrôleur-constellation";
    private static final String NAME = "nom";
    private static final String ACCESS_SET = "adresseBdAccès";
    private static final Set<String> FIELDS = Set.of(ControllerManifests.WRITE, NAME, ACCESS_SET);

    private final String write;
    private final String name;
    private final OrbitDbAddress accessSet;
    private final Block block;

    private ConstellationControllerManifest(String write, String name, OrbitDbAddress accessSet) {
        if (write.isEmpty() || name.isEmpty()) {
            throw new OrbitDbException(TYPE + " manifest: write and " + NAME + " must not be empty");
        }
        this.write = write;
        this.name = name;
        this.accessSet = accessSet;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ControllerManifests.WRITE, write);
        fields.put(NAME, name);
        fields.put(ACCESS_SET, accessSet.toString());
        this.block = ControllerManifests.encode(TYPE, fields);
    }

    /** The manifest of a controller whose first moderator is {@code write}. */
    public static ConstellationControllerManifest create(String write, String name, OrbitDbAddress accessSet) {
        return new ConstellationControllerManifest(write, name, accessSet);
    }

    /**
     * Decodes a manifest block; it must be exactly what {@link #create} writes.
     *
     * @throws OrbitDbException saying what is wrong with it
     */
    public static ConstellationControllerManifest decode(byte[] bytes) {
        Map<String, String> fields = ControllerManifests.decode(TYPE, FIELDS, bytes);
        OrbitDbAddress accessSet;
        try {
            accessSet = OrbitDbAddress.parse(fields.get(ACCESS_SET));
        } catch (OrbitDbException e) {
            throw new OrbitDbException(TYPE + " manifest: " + ACCESS_SET + ": " + e.getMessage(), e);
        }
        return new ConstellationControllerManifest(fields.get(ControllerManifests.WRITE), fields.get(NAME), accessSet);
    }

    /** Reads the manifest of the controller at {@code /contrôleur-constellation/<hash>}. */
    public static ConstellationControllerManifest open(String address, BlockSource blocks) {
        return decode(ControllerManifests.fetch(TYPE, address, blocks));
    }

    /** Whether {@code text} is a controller address of this type (sub-databases reuse one by naming it as their write). */
    public static boolean isAddress(String text) {
        return text.startsWith("/" + TYPE + "/");
    }

    /** The first moderator: an identity id, or an account address. */
    public String write() {
        return write;
    }

    /** {@code nom}: the name of the access set database. */
    public String name() {
        return name;
    }

    /** {@code adresseBdAccès}: the address of the access set database. */
    public OrbitDbAddress accessSet() {
        return accessSet;
    }

    /** {@code /contrôleur-constellation/<hash>}. */
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
        return "ConstellationControllerManifest[" + address() + ", write " + write + ", " + name + ", " + accessSet + "]";
    }
}
