package org.constl.orbitdb;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multicodec;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.internal.Hashes;
import org.constl.storage.BlockStore;

/**
 * A database folder being imported (the format is {@link DatabaseArchive}'s), checked whole before
 * anything reaches the store: database.json, then every file of {@code blocks/}, which must be
 * named by the OrbitDB hash of its own bytes. It then serves those blocks, read again from their
 * files; readers check them against their CID again, as they do for any block source.
 */
final class ArchiveFolder implements BlockSource {

    /** What database.json says. */
    record Description(OrbitDbAddress address, String type, String name, List<String> heads) {
    }

    private static final Set<String> FIELDS = Set.of("address", "type", "name", "heads");

    private final Path folder;
    private final Path descriptionFile;
    private final Path blocks;
    private final Description description;

    private ArchiveFolder(Path folder, Description description) {
        this.folder = folder;
        this.descriptionFile = folder.resolve(DatabaseArchive.DESCRIPTION);
        this.blocks = folder.resolve(DatabaseArchive.BLOCKS);
        this.description = description;
    }

    /**
     * Reads and checks {@code folder}: at most {@code maxBlocks} block files, {@code maxBytes} in
     * all, each at most {@link BlockStore#MAX_BLOCK_LENGTH}.
     */
    static ArchiveFolder open(Path folder, int maxBlocks, long maxBytes) throws IOException {
        Description description = describe(folder.resolve(DatabaseArchive.DESCRIPTION), maxBlocks);
        checkBlocks(folder.resolve(DatabaseArchive.BLOCKS), maxBlocks, maxBytes);
        return new ArchiveFolder(folder, description);
    }

    Path folder() {
        return folder;
    }

    Description description() {
        return description;
    }

    @Override
    public Optional<byte[]> get(Cid cid) throws IOException {
        Path file = blocks.resolve(Hashes.of(cid));
        if (!Files.isRegularFile(file, NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(read(file, BlockStore.MAX_BLOCK_LENGTH));
    }

    /** The block {@code hash}, of at most {@code maxBytes}, which is {@code role} and must be here. */
    byte[] require(String hash, int maxBytes, String role) {
        try {
            return Hashes.fetch(this, hash, maxBytes).orElseThrow(() -> new ArchiveException(file(hash) + " (" + role + ") is missing"));
        } catch (ArchiveException e) {
            throw e;
        } catch (OrbitDbException e) {
            throw new ArchiveException(file(hash) + " (" + role + "): " + e.getMessage(), e);
        }
    }

    /** The manifest of the address, which must say what database.json says. */
    Manifest manifest() {
        String hash = description.address().hash();
        Manifest manifest;
        try {
            manifest = Manifest.decode(require(hash, Manifest.MAX_BYTES, "the manifest of " + description.address()));
        } catch (ArchiveException e) {
            throw e;
        } catch (OrbitDbException e) {
            throw new ArchiveException(file(hash) + ": not a database manifest: " + e.getMessage(), e);
        }
        if (!manifest.type().equals(description.type()) || !manifest.name().equals(description.name())) {
            throw new ArchiveException(descriptionFile + " says " + description.type() + " '" + description.name()
                    + "', but the manifest of " + description.address() + " is " + manifest.type() + " '" + manifest.name() + "'");
        }
        return manifest;
    }

    /** The entry {@code hash}, decoded (not verified: the database does that when it joins). */
    Entry entry(String hash) {
        try {
            return Entry.decode(require(hash, Entry.MAX_BYTES, "an entry"));
        } catch (EntryRefusedException e) {
            throw new ArchiveException(file(hash) + ": not an oplog entry: " + e.getMessage(), e);
        }
    }

    /**
     * The identity hashes of the writers of every entry reachable from the heads, through
     * {@code next} and {@code refs}; every one of those entries must be in the folder.
     */
    Set<String> writers() {
        Deque<String> toVisit = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (String head : description.heads()) {
            visit(head, null, seen, toVisit);
        }
        Set<String> identities = new LinkedHashSet<>();
        while (!toVisit.isEmpty()) {
            Entry entry = entry(toVisit.pop());
            identities.add(entry.identity());
            for (String parent : entry.next()) {
                visit(parent, entry, seen, toVisit);
            }
            for (String parent : entry.refs()) {
                visit(parent, entry, seen, toVisit);
            }
        }
        return identities;
    }

    /** The file of block {@code hash}, for messages. */
    String file(String hash) {
        return blocks.resolve(hash).toString();
    }

    /** Queues an entry to read; it must have a file, so {@code seen} never outgrows the folder. */
    private void visit(String hash, Entry child, Set<String> seen, Deque<String> toVisit) {
        if (seen.add(hash)) {
            if (!Files.isRegularFile(blocks.resolve(hash), NOFOLLOW_LINKS)) {
                throw new ArchiveException(file(hash) + " is missing: "
                        + (child == null ? "database.json lists it as a head" : "entry " + child.hash() + " points to it"));
            }
            toVisit.push(hash);
        }
    }

    private static Description describe(Path file, int maxHeads) throws IOException {
        if (!Files.isRegularFile(file, NOFOLLOW_LINKS)) {
            throw new ArchiveException(file + " is missing: this is not a database folder");
        }
        IpldValue.MapValue map;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(read(file, DatabaseArchive.MAX_DESCRIPTION_BYTES))).toString();
            map = IpldJson.parse(text).asMap();
        } catch (CharacterCodingException | IpldException e) {
            throw new ArchiveException(file + ": not a JSON object in UTF-8: " + e.getMessage(), e);
        }
        if (!map.entries().keySet().equals(FIELDS)) {
            throw new ArchiveException(file + ": the fields must be " + FIELDS + ", found " + map.entries().keySet());
        }
        try {
            List<IpldValue> heads = map.get("heads").asList();
            if (heads.size() > maxHeads) {
                throw new ArchiveException(file + ": " + heads.size() + " heads, more than " + maxHeads);
            }
            List<String> hashes = heads.stream().map(IpldValue::asString).distinct().toList();
            hashes.forEach(Hashes::parse);
            return new Description(OrbitDbAddress.parse(map.get("address").asString()), nonEmpty(map, "type"),
                    nonEmpty(map, "name"), hashes);
        } catch (ArchiveException e) {
            throw e;
        } catch (IpldException | OrbitDbException e) {
            throw new ArchiveException(file + ": " + e.getMessage(), e);
        }
    }

    private static String nonEmpty(IpldValue.MapValue map, String field) {
        String text = map.get(field).asString();
        if (text.isEmpty()) {
            throw new OrbitDbException("the " + field + " is empty");
        }
        return text;
    }

    /** Every file of {@code blocks/} is a block under its OrbitDB hash, within the bounds. */
    private static void checkBlocks(Path blocks, int maxBlocks, long maxBytes) throws IOException {
        if (!Files.isDirectory(blocks, NOFOLLOW_LINKS)) {
            throw new ArchiveException(blocks + " is missing: this is not a database folder");
        }
        int count = 0;
        long total = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(blocks)) {
            for (Path file : files) {
                if (++count > maxBlocks) {
                    throw new ArchiveException(blocks + ": more than " + maxBlocks + " files");
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    throw new ArchiveException(file + ": not a regular file");
                }
                if (attributes.size() > BlockStore.MAX_BLOCK_LENGTH) {
                    throw new ArchiveException(file + ": " + attributes.size() + " bytes, more than a block may have ("
                            + BlockStore.MAX_BLOCK_LENGTH + ")");
                }
                total += attributes.size();
                if (total > maxBytes) {
                    throw new ArchiveException(blocks + ": more than " + maxBytes + " bytes of blocks");
                }
                checkBlock(file);
            }
        }
    }

    private static void checkBlock(Path file) throws IOException {
        String name = file.getFileName().toString();
        Cid cid;
        try {
            cid = Hashes.parse(name);
        } catch (OrbitDbException e) {
            throw new ArchiveException(file + ": the name is not an OrbitDB hash (base58btc CIDv1 dag-cbor): " + e.getMessage(), e);
        }
        if (!Hashes.of(cid).equals(name)) {
            throw new ArchiveException(file + ": the name is not the canonical text of its CID, " + Hashes.of(cid));
        }
        if (!Cid.of(Multicodec.DAG_CBOR, read(file, BlockStore.MAX_BLOCK_LENGTH)).equals(cid)) {
            throw new ArchiveException(file + ": the bytes do not match the CID (damaged or tampered with)");
        }
    }

    /** The file's bytes; more than {@code max} is an error (the file may have grown since it was listed). */
    private static byte[] read(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file, NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new ArchiveException(file + ": more than " + max + " bytes");
            }
            return bytes;
        }
    }
}
