package org.constl.orbitdb;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.constl.identity.OrbitDbIdentity;
import org.constl.ipld.Block;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.internal.Hashes;
import org.constl.storage.BlockStore;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;

/**
 * A database as a folder of files, which {@code interop/orbitdb-export.mjs} and
 * {@code interop/orbitdb-read.mjs} write and read with {@code @orbitdb/core} too:
 * <ul>
 * <li>{@code database.json}: {@code {"address": "/orbitdb/zdpu...", "type": "keyvalue",
 * "name": "...", "heads": ["zdpu...", ...]}}, UTF-8, at most {@value #MAX_DESCRIPTION_BYTES} bytes;
 * <li>{@code blocks/<hash>}: the raw bytes of each block, named by its CID as OrbitDB writes hashes
 * (base58btc CIDv1 dag-cbor, {@code zdpu...}): the manifest, the access controller manifest (the
 * last segment of the manifest's {@code accessController}), every entry reachable from the heads,
 * and the identity block of every writer ({@code entry.identity}).
 * </ul>
 * Other files are ignored. An import reads and checks the whole folder first: every block file
 * against its name, at most {@link BlockStore#MAX_BLOCK_LENGTH} bytes each, a bounded number and
 * size in all, the manifest against database.json, every entry reachable from the heads present.
 * Then, in one store transaction, it stores the manifest, controller and identity blocks, opens
 * the database and joins each head through {@link Database#join}, which verifies every entry as a
 * peer's (signature, identity, write access, log id). Anything refused or failing rolls the whole
 * transaction back: the store is as it was, without the database if it did not have it.
 */
public final class DatabaseArchive {

    static final String DESCRIPTION = "database.json";
    static final String BLOCKS = "blocks";
    static final int MAX_DESCRIPTION_BYTES = 1 << 20;
    /** Default bounds of an import: the log holds one join's entries in memory before it keeps them. */
    private static final int MAX_BLOCKS = 1_000_000;
    private static final long MAX_BYTES = 512L << 20;

    private final OrbitDb orbitdb;
    private final int maxBlocks;
    private final long maxBytes;

    /** Exports from and imports into the databases of {@code orbitdb}. */
    public DatabaseArchive(OrbitDb orbitdb) {
        this(orbitdb, MAX_BLOCKS, MAX_BYTES);
    }

    /** With other bounds on the folders it imports: block files, and their bytes in all. */
    DatabaseArchive(OrbitDb orbitdb, int maxBlocks, long maxBytes) {
        this.orbitdb = orbitdb;
        this.maxBlocks = maxBlocks;
        this.maxBytes = maxBytes;
    }

    /**
     * Writes the database at {@code address} (opening it if needed) into {@code folder}, which
     * must be empty or not exist. database.json is written last, so a folder that has it is whole.
     */
    public void export(OrbitDbAddress address, Path folder) throws IOException {
        Database database = orbitdb.open(address);
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.findAny().isPresent()) {
                    throw new ArchiveException(folder + " is not empty: a database folder is written into an empty one");
                }
            }
        }
        Path blocks = Files.createDirectories(folder).resolve(BLOCKS);
        Files.createDirectory(blocks);
        // Heads first: the entries walked afterwards are those of these heads, or of newer ones.
        List<String> heads = database.heads().stream().map(Entry::hash).toList();
        Manifest manifest = database.manifest();
        write(blocks, manifest.block());
        String controller = controllerHash(manifest);
        write(blocks, storedBlock(controller, "the access controller of " + address));
        Set<String> identities = new LinkedHashSet<>();
        try (Stream<Entry> entries = database.traverse()) {
            for (Iterator<Entry> walk = entries.iterator(); walk.hasNext();) {
                Entry entry = walk.next();
                write(blocks, entry.block());
                identities.add(entry.identity());
            }
        }
        for (String identity : identities) {
            write(blocks, storedBlock(identity, "a writer's identity in " + address));
        }
        IpldValue description = IpldValue.MapValue.builder().put("address", IpldValue.of(address.toString()))
                .put("type", IpldValue.of(manifest.type())).put("name", IpldValue.of(manifest.name()))
                .put("heads", IpldValue.list(heads.stream().map(IpldValue::of).toList())).build();
        Files.writeString(folder.resolve(DESCRIPTION), IpldJson.print(description) + "\n", StandardCharsets.UTF_8, CREATE_NEW, WRITE);
    }

    /**
     * Imports the database folder {@code folder} and returns the database, open. Into a store that
     * has the database already, the import adds what the folder has more.
     *
     * @throws ArchiveException when the folder is malformed, tampered with, incomplete, too large,
     *     or holds an entry the database refuses (the cause then says why): nothing was imported,
     *     and the database, if it was open, is closed (reopen it: its state is the store's, as
     *     before the import)
     * @throws StoreException when the store cannot keep the database: nothing was imported
     */
    public Database importFolder(Path folder) throws IOException, StoreException {
        ArchiveFolder archive = ArchiveFolder.open(folder, maxBlocks, maxBytes);
        OrbitDbAddress address = archive.description().address();
        Manifest manifest = archive.manifest();
        String controllerHash = controllerHash(manifest);
        Block controller = new Block(Hashes.parse(controllerHash), archive.require(controllerHash, IpfsAccessController.MAX_BYTES,
                "the access controller of " + address));
        List<Block> identities = new ArrayList<>();
        for (String identity : archive.writers()) {
            identities.add(new Block(Hashes.parse(identity), archive.require(identity, OrbitDbIdentity.MAX_BLOCK_LENGTH,
                    "a writer's identity")));
        }
        List<Entry> heads = archive.description().heads().stream().map(archive::entry).toList();
        Contents contents = new Contents(archive, manifest.block(), controller, identities, heads);
        // The store's monitor, held by its transaction, is the one lock of OrbitDb and Database.
        Database existing = orbitdb.manifest(address).isPresent() ? orbitdb.open(address) : null;
        return importInOneTransaction(contents, existing);
    }

    /** A checked folder: the blocks to store before the database opens, and the heads to join. */
    private record Contents(ArchiveFolder archive, Block manifest, Block controller, List<Block> identities, List<Entry> heads) {
    }

    private Database importInOneTransaction(Contents contents, Database existing) throws StoreException {
        LocalStore store = orbitdb.store();
        OrbitDbAddress address = contents.archive().description().address();
        AtomicReference<Database> opened = new AtomicReference<>(existing);
        try {
            return store.transaction(() -> {
                store.blocks().put(contents.manifest().cid(), contents.manifest().bytes());
                store.blocks().put(contents.controller().cid(), contents.controller().bytes());
                for (Block identity : contents.identities()) {
                    store.blocks().put(identity.cid(), identity.bytes());
                }
                Database database = orbitdb.open(address);
                opened.set(database);
                for (Entry head : contents.heads()) {
                    database.join(head, contents.archive());
                }
                return database;
            });
        } catch (StoreException | RuntimeException e) {
            // The store rolled back what the database may still hold in memory.
            if (opened.get() != null) {
                opened.get().close();
            }
            if (e instanceof EntryRefusedException refused) {
                throw new ArchiveException(contents.archive().folder() + ": nothing was imported: " + refused.getMessage(), refused);
            }
            throw e;
        }
    }

    /** The hash of the controller manifest: the last segment of the manifest's controller address. */
    private static String controllerHash(Manifest manifest) {
        String address = manifest.accessController();
        String hash = address.substring(address.lastIndexOf('/') + 1);
        try {
            Hashes.parse(hash);
        } catch (OrbitDbException e) {
            throw new ArchiveException("access controller " + address + " of " + manifest.address()
                    + ": its last segment is not an OrbitDB hash", e);
        }
        return hash;
    }

    private Block storedBlock(String hash, String role) {
        byte[] bytes = Hashes.fetch(orbitdb.blocks(), hash, BlockStore.MAX_BLOCK_LENGTH)
                .orElseThrow(() -> new ArchiveException("block " + hash + " (" + role + ") is not in the local store"));
        return new Block(Hashes.parse(hash), bytes);
    }

    /** Writes a block once; a folder holds each block once. */
    private static void write(Path blocks, Block block) throws IOException {
        Path file = blocks.resolve(Hashes.of(block.cid()));
        if (!Files.exists(file)) {
            Files.write(file, block.bytes(), CREATE_NEW, WRITE);
        }
    }
}
