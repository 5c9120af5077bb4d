package org.constl.orbitdb.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Optional;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.Multibase;
import org.constl.ipld.Multicodec;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.OrbitDbException;

/** OrbitDB's hash strings: base58btc text of a CIDv1 dag-cbor sha2-256, {@code zdpu...}. */
public final class Hashes {

    private Hashes() {
    }

    public static String of(Cid cid) {
        return cid.toString(Multibase.BASE58BTC);
    }

    /** The CID of an OrbitDB hash; anything but base58btc text of a dag-cbor CIDv1 is refused. */
    public static Cid parse(String hash) {
        if (hash.isEmpty() || hash.charAt(0) != Multibase.BASE58BTC.prefix()) {
            throw new OrbitDbException("not an OrbitDB hash (base58btc, zdpu...): '" + hash + "'");
        }
        try {
            Cid cid = Cid.parse(hash);
            if (cid.version() != 1 || cid.codec() != Multicodec.DAG_CBOR) {
                throw new OrbitDbException("not an OrbitDB hash (dag-cbor CIDv1): " + hash);
            }
            return cid;
        } catch (IpldException e) {
            throw new OrbitDbException("not an OrbitDB hash: " + e.getMessage(), e);
        }
    }

    /** The block named {@code hash}, checked against its CID; empty when the source lacks it. */
    public static Optional<byte[]> fetch(BlockSource source, String hash, int maxBytes) {
        Cid cid = parse(hash);
        Optional<byte[]> bytes;
        try {
            bytes = source.get(cid);
        } catch (IOException e) {
            throw new UncheckedIOException("reading block " + hash, e);
        }
        if (bytes.isEmpty()) {
            return bytes;
        }
        byte[] block = bytes.get();
        if (block.length > maxBytes) {
            throw new OrbitDbException("block " + hash + " has " + block.length + " bytes, more than " + maxBytes);
        }
        if (!MessageDigest.isEqual(Cid.of(cid.codec(), block).bytes(), cid.bytes())) {
            throw new OrbitDbException("block " + hash + " does not match its hash");
        }
        return bytes;
    }
}
