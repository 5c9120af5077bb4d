package org.constl.orbitdb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.constl.identity.OrbitDbIdentity;
import org.constl.ipld.Block;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.EntryRefusedException.Reason;
import org.constl.orbitdb.internal.Hashes;

/**
 * OrbitDB's default {@code ipfs} access controller ({@code access-controllers/ipfs.js}): an
 * immutable write list of identity ids, where {@code *} lets anyone write. Its manifest is the
 * DAG-CBOR block {@code {type: "ipfs", write: [...]}} and its address {@code /ipfs/<hash>}.
 */
public final class IpfsAccessController implements AccessController {

    public static final String TYPE = "ipfs";
    public static final String ANYONE = "*";
    static final int MAX_BYTES = 1 << 20;
    private static final String PREFIX = "/ipfs/";
    private static final Set<String> FIELDS = Set.of("type", "write");

    private final List<String> write;
    private final Block block;

    private IpfsAccessController(List<String> write) {
        this.write = List.copyOf(write);
        this.block = DagCbor.encodeBlock(IpldValue.map(Map.of("type", IpldValue.of(TYPE),
                "write", IpldValue.list(this.write.stream().map(IpldValue::of).toList()))));
    }

    /** A controller letting the identities with these ids write ({@code *}: anyone). */
    public static IpfsAccessController create(List<String> write) {
        return new IpfsAccessController(write);
    }

    /** Decodes a manifest block; it must be exactly what {@link #create} writes. */
    public static IpfsAccessController decode(byte[] bytes) {
        try {
            IpldValue.MapValue map = DagCbor.decode(bytes).asMap();
            if (!map.entries().keySet().equals(FIELDS) || !TYPE.equals(map.get("type").asString())) {
                throw new OrbitDbException("ipfs access controller: manifest must be {type: \"ipfs\", write}, found " + map);
            }
            IpfsAccessController controller = new IpfsAccessController(
                    map.get("write").asList().stream().map(IpldValue::asString).toList());
            if (!java.util.Arrays.equals(controller.block.bytes(), bytes)) {
                throw new OrbitDbException("ipfs access controller: manifest does not re-encode to the same bytes");
            }
            return controller;
        } catch (IpldException e) {
            throw new OrbitDbException("ipfs access controller: " + e.getMessage(), e);
        }
    }

    /** Reads the controller at {@code /ipfs/<hash>} from {@code blocks}. */
    public static IpfsAccessController open(String address, BlockSource blocks) {
        if (!address.startsWith(PREFIX)) {
            throw new OrbitDbException("ipfs access controller: address must start with " + PREFIX + ": " + address);
        }
        String hash = address.substring(PREFIX.length());
        Optional<byte[]> bytes = Hashes.fetch(blocks, hash, MAX_BYTES);
        return decode(bytes.orElseThrow(() -> new OrbitDbException("ipfs access controller: block not found: " + hash)));
    }

    /** Creates and opens {@code ipfs} controllers for an {@link OrbitDb}. */
    static final class Type implements AccessControllerType {
        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public AccessController open(OrbitDb orbitdb, String address) {
            return IpfsAccessController.open(address, orbitdb.blocks());
        }

        @Override
        public AccessController create(OrbitDb orbitdb, String name, List<String> write) {
            IpfsAccessController controller = IpfsAccessController.create(write);
            try {
                orbitdb.blocks().put(controller.block.cid(), controller.bytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return controller;
        }
    }

    public List<String> write() {
        return write;
    }

    /** Whether the identity with this id may write. */
    public boolean allows(String identityId) {
        return write.contains(identityId) || write.contains(ANYONE);
    }

    @Override
    public void authorize(Entry entry, OrbitDbIdentity writer) {
        if (!allows(writer.id())) {
            throw new EntryRefusedException(Reason.NOT_ALLOWED, entry.hash(),
                    "identity " + writer.id() + " is not in the write list of " + address());
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** {@code /ipfs/<hash>}. */
    @Override
    public String address() {
        return PREFIX + hash();
    }

    public String hash() {
        return Hashes.of(block.cid());
    }

    public Block block() {
        return block;
    }

    public byte[] bytes() {
        return block.bytes();
    }

    @Override
    public String toString() {
        return "IpfsAccessController[" + address() + ", write " + write + "]";
    }
}
